package org.custodes.complaint.web;

import java.util.UUID;
import org.custodes.complaint.ComplaintId;
import org.custodes.complaint.ComplaintRefused;
import org.custodes.complaint.ComplaintService;
import org.custodes.shared.BusinessRuleViolation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** What a company sees of complaints about it: the excerpts shared with it, and its responses. */
@Controller
@RequestMapping("/complaints/company-cases")
@PreAuthorize("hasAuthority('complaint:company-response')")
class CompanyCasePageController {

    private final ComplaintService complaints;

    CompanyCasePageController(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("cases", complaints.casesOfMyCompany());
        return "complaint/company-cases";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("view", complaints.companyCase(new ComplaintId(id)));
        return "complaint/company-case";
    }

    @PostMapping("/{id}/response")
    String respond(@PathVariable UUID id, @RequestParam(defaultValue = "") String response, RedirectAttributes flash) {
        // Another company's case is not found, whatever the form holds: the 404 comes before any check of the input.
        complaints.companyCase(new ComplaintId(id));
        try {
            if (response.isBlank() || response.length() > 20000) {
                throw new ComplaintRefused(response.isBlank() ? "complaint.error.required" : "complaint.error.too-long");
            }
            complaints.respondAsCompany(new ComplaintId(id), response);
            flash.addFlashAttribute("done", "complaint.case.saved");
        } catch (BusinessRuleViolation refused) {
            flash.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:/complaints/company-cases/" + id;
    }
}
