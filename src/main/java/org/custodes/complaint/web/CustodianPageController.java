package org.custodes.complaint.web;

import java.util.UUID;
import org.custodes.complaint.ComplaintRefused;
import org.custodes.complaint.ComplaintService;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The custodian of complainants' identities decides who may see one. */
@Controller
@RequestMapping("/complaints/identity-requests")
@PreAuthorize("hasAuthority('complaint:custodian')")
class CustodianPageController {

    private final ComplaintService complaints;

    CustodianPageController(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("requests", complaints.pendingIdentityRequests());
        return "complaint/identity-requests";
    }

    @PostMapping("/{id}")
    String decide(@PathVariable UUID id, @RequestParam boolean approve, RedirectAttributes flash) {
        try {
            complaints.decideIdentityRequest(id, approve);
            flash.addFlashAttribute("done", "complaint.case.saved");
        } catch (ComplaintRefused refused) {
            flash.addFlashAttribute("refused", refused.messageKey());
        }
        return "redirect:/complaints/identity-requests";
    }
}
