package org.custodes.procurement.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.validation.Valid;
import org.custodes.procurement.Audience;
import org.custodes.procurement.ToolkitChecklistItem;
import org.custodes.procurement.CompanyCheck;
import org.custodes.procurement.ProcurementService;
import org.custodes.procurement.ResourceDetails;
import org.custodes.procurement.ResourceId;
import org.custodes.procurement.ResourceKind;
import org.custodes.procurement.ResourceSearch;
import org.custodes.procurement.Topic;
import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The library and the toolkit as JSON; the same facade as the pages. */
@RestController
@RequestMapping("/api/v1/procurement")
class ProcurementApiController {

    private final ProcurementService procurement;
    private final MessageSource messages;

    ProcurementApiController(ProcurementService procurement, MessageSource messages) {
        this.procurement = procurement;
        this.messages = messages;
    }

    @GetMapping("/resources")
    @PreAuthorize("permitAll()")
    PageResult<ResourceDetails> resources(@RequestParam(required = false) @Nullable String q,
            @RequestParam(required = false) @Nullable Audience audience,
            @RequestParam(required = false) @Nullable Topic topic,
            @RequestParam(required = false) @Nullable ResourceKind kind,
            @RequestParam(required = false) @Nullable String language,
            @RequestParam(required = false) @Nullable Integer paragraph,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return procurement.resources(new ResourceSearch(q, audience, topic, kind, language, paragraph),
                new PageQuery(page, size));
    }

    @GetMapping("/resources/{id}")
    @PreAuthorize("permitAll()")
    ResourceDetails resource(@PathVariable String id) {
        return procurement.resource(ResourcePageController.resourceId(id));
    }

    @PostMapping("/resources")
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAuthority('procurement:manage-resources')")
    ResourceDetails add(@Valid @RequestBody SaveResourceRequest request) {
        return procurement.resource(procurement.addResource(request.toCommand(null)));
    }

    @PutMapping("/resources/{id}")
    @PreAuthorize("hasAuthority('procurement:manage-resources')")
    ResourceDetails revise(@PathVariable UUID id, @Valid @RequestBody SaveResourceRequest request) {
        var resource = new ResourceId(id);
        return procurement.reviseResource(resource, request.toCommand(resource));
    }

    record Clause(String name, String title, String text, List<Integer> codeParagraphs) {
    }

    record Toolkit(List<ToolkitChecklistItem> checklist, List<Clause> clauses) {
    }

    /** The checklist (message keys, stages, Code paragraphs) and the model clauses in the request's language. */
    @GetMapping("/toolkit")
    @PreAuthorize("permitAll()")
    Toolkit toolkit(Locale locale) {
        return new Toolkit(procurement.checklist(), procurement.modelClauses().stream()
                .map(clause -> new Clause(clause.name(),
                        messages.getMessage("procurement.clause." + clause.name() + ".title", null, locale),
                        messages.getMessage("procurement.clause." + clause.name() + ".text", null, locale),
                        clause.codeParagraphs()))
                .toList());
    }

    /** Directory companies whose name matches, read against the toolkit's requirements. */
    @GetMapping("/checks")
    @PreAuthorize("permitAll()")
    List<CompanyCheck> checks(@RequestParam(defaultValue = "") String company) {
        return company.length() > 100 ? List.of() : procurement.checkCompanies(company);
    }
}
