package org.custodes.membership.web;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.custodes.membership.MembershipApplicationDetails;
import org.custodes.membership.application.ApplicationForm;
import org.custodes.membership.ApplicationId;
import org.custodes.membership.application.ApplicationIncomplete;
import org.custodes.membership.MembershipApplicationStatus;
import org.custodes.membership.application.ApplicationStep;
import org.custodes.membership.MembershipApplicationSummary;
import org.custodes.membership.MembershipDetails;
import org.custodes.membership.MembershipService;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Membership applications and decisions as JSON, on the same facade as the pages. */
@RestController
@RequestMapping("/api/v1/membership")
class MembershipApiController {

    private final MembershipService membership;
    private final MessageSource messages;

    MembershipApiController(MembershipService membership, MessageSource messages) {
        this.membership = membership;
        this.messages = messages;
    }

    record DecideApplicationRequest(@NotNull Boolean approve, @NotBlank @Size(max = 10000) String reasons,
            @NotNull LocalDate decidedOn, @NotBlank @Size(max = 100) String decisionReference) {
    }

    record RecommendApplicationRequest(@NotNull Boolean approve, @Size(max = 10000) @Nullable String note) {
    }

    record TextRequest(@NotBlank @Size(max = 10000) String text) {
    }

    @GetMapping("/organisations/{organisation}")
    @PreAuthorize("hasAnyAuthority('membership:read', 'membership:apply')")
    MembershipDetails membershipOf(@PathVariable UUID organisation) {
        return membership.get(new OrganisationId(organisation));
    }

    @PostMapping("/applications")
    @PreAuthorize("hasAuthority('membership:apply')")
    ResponseEntity<MembershipApplicationDetails> create() {
        return ResponseEntity.status(HttpStatus.CREATED).body(membership.startApplication());
    }

    @GetMapping("/applications")
    @PreAuthorize("hasAuthority('membership:read')")
    PageResult<MembershipApplicationSummary> list(@RequestParam(required = false) @Nullable MembershipApplicationStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return membership.applications(status, new PageQuery(page, size));
    }

    @GetMapping("/applications/{id}")
    @PreAuthorize("hasAnyAuthority('membership:read', 'membership:apply')")
    MembershipApplicationDetails get(@PathVariable UUID id) {
        return membership.application(new ApplicationId(id));
    }

    /** Saves one step of the draft: only that step's fields are taken from the body. */
    @PutMapping("/applications/{id}/steps/{step}")
    @PreAuthorize("hasAuthority('membership:apply')")
    MembershipApplicationDetails saveStep(@PathVariable UUID id, @PathVariable String step, @RequestBody ApplicationForm form) {
        var current = ApplicationStep.fromSlug(step).orElseThrow(() -> new NotFound("step", step));
        return membership.saveStep(new ApplicationId(id), current, form);
    }

    @PostMapping("/applications/{id}/submission")
    @PreAuthorize("hasAuthority('membership:apply')")
    MembershipApplicationDetails submit(@PathVariable UUID id) {
        return membership.submit(new ApplicationId(id));
    }

    @PostMapping("/applications/{id}/answer")
    @PreAuthorize("hasAuthority('membership:apply')")
    MembershipApplicationDetails answer(@PathVariable UUID id, @Valid @RequestBody TextRequest request) {
        return membership.answerInformationRequest(new ApplicationId(id), request.text());
    }

    @PostMapping("/applications/{id}/information-request")
    @PreAuthorize("hasAuthority('membership:review')")
    MembershipApplicationDetails requestInformation(@PathVariable UUID id, @Valid @RequestBody TextRequest request) {
        return membership.requestInformation(new ApplicationId(id), request.text());
    }

    @PutMapping("/applications/{id}/checklist")
    @PreAuthorize("hasAuthority('membership:review')")
    MembershipApplicationDetails checklist(@PathVariable UUID id, @RequestBody Map<String, Boolean> items) {
        return membership.checkItems(new ApplicationId(id), items);
    }

    @PostMapping("/applications/{id}/recommendation")
    @PreAuthorize("hasAuthority('membership:review')")
    MembershipApplicationDetails recommend(@PathVariable UUID id, @Valid @RequestBody RecommendApplicationRequest request) {
        return membership.recommend(new ApplicationId(id), request.approve(), request.note() == null ? "" : request.note());
    }

    @PostMapping("/applications/{id}/decision")
    @PreAuthorize("hasAuthority('membership:decide')")
    MembershipApplicationDetails decide(@PathVariable UUID id, @Valid @RequestBody DecideApplicationRequest request) {
        return membership.decide(new ApplicationId(id), request.approve(), request.reasons(), request.decidedOn(),
                request.decisionReference());
    }

    /** An incomplete submission answers 422 with the missing items, each named in the caller's language. */
    @ExceptionHandler
    ProblemDetail incomplete(ApplicationIncomplete e) {
        var locale = LocaleContextHolder.getLocale();
        var problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(422),
                messages.getMessage(e.messageKey(), e.arguments(), e.messageKey(), locale));
        problem.setType(java.net.URI.create("https://custodes.org/problems/application-incomplete"));
        problem.setProperty("missing", e.missing().stream().map(item -> Map.of("step", item.step().slug(),
                "item", item.messageKey(), "message", messages.getMessage(item.messageKey(), null, item.messageKey(), locale)))
                .toList());
        return problem;
    }
}
