package org.custodes.procurement.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;

import org.custodes.procurement.ToolkitChecklistItem;
import org.custodes.procurement.ProcurementService;
import org.custodes.procurement.ToolkitStage;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public procurement toolkit: the checklist by stage, model clauses (also as DOCX) and company checks. */
@Controller
class ToolkitPageController {

    static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final ProcurementService procurement;
    private final MessageSource messages;

    ToolkitPageController(ProcurementService procurement, MessageSource messages) {
        this.procurement = procurement;
        this.messages = messages;
    }

    @GetMapping("/procurement/toolkit")
    @PreAuthorize("permitAll()")
    String toolkit(@RequestParam(required = false) @Nullable String company, Model model) {
        var stages = new LinkedHashMap<ToolkitStage, List<ToolkitChecklistItem>>();
        for (var stage : ToolkitStage.values()) {
            stages.put(stage, procurement.checklist().stream().filter(item -> item.stage() == stage).toList());
        }
        var name = company == null ? "" : company.strip();
        model.addAttribute("stages", stages);
        model.addAttribute("clauses", procurement.modelClauses());
        model.addAttribute("company", name);
        model.addAttribute("checked", !name.isEmpty());
        model.addAttribute("checks", name.length() > 100 ? List.of() : procurement.checkCompanies(name));
        return "procurement/toolkit";
    }

    @GetMapping("/procurement/toolkit/clauses.docx")
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> clauses(Locale locale) {
        var document = ClauseDocument.write(procurement.modelClauses(), messages, locale);
        return ResponseEntity.ok().contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("model-clauses-" + locale.getLanguage() + ".docx").build().toString())
                .body(document);
    }
}
