package org.custodes.audit.web;

import jakarta.servlet.http.HttpServletResponse;
import org.custodes.shared.Actor;
import org.custodes.audit.AuditService;
import org.custodes.shared.PageQuery;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The secretariat's view of the audit log: browse, filter, and verify the chain. */
@Controller
@RequestMapping("/audit")
class AuditPageController {

    private final AuditService audit;

    AuditPageController(AuditService audit) {
        this.audit = audit;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('audit:read')")
    String events(@ModelAttribute("auditFilter") AuditFilterForm form, BindingResult errors,
            @RequestParam(defaultValue = "0") int page, Model model,
            HttpServletResponse response) {
        model.addAttribute("canVerify", Actor.holds("audit:verify"));
        var filter = form.toFilter(errors);
        if (errors.hasErrors()) {
            response.setStatus(422);
            return "audit/events";
        }
        var result = audit.search(filter, new PageQuery(page, PageQuery.DEFAULT_SIZE));
        model.addAttribute("result", result);
        model.addAttribute("previousPage", form.query(result.page() - 1));
        model.addAttribute("nextPage", form.query(result.page() + 1));
        return "audit/events";
    }

    @PostMapping("/verification")
    @PreAuthorize("hasAuthority('audit:verify')")
    String verify(RedirectAttributes redirect) {
        redirect.addFlashAttribute("verification", audit.verify());
        return "redirect:/audit";
    }
}
