package org.custodes.membership.web;

import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.custodes.membership.ApplicationId;
import org.custodes.membership.MembershipApplicationStatus;
import org.custodes.membership.MembershipService;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.FormErrors;
import org.custodes.shared.PageQuery;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The secretariat's review of applications (checklist, requests, recommendation) and the Board's decision. */
@Controller
@RequestMapping("/membership/applications")
class MembershipReviewPageController {

    private final MembershipService membership;

    MembershipReviewPageController(MembershipService membership) {
        this.membership = membership;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('membership:read')")
    String list(@RequestParam(required = false) @Nullable MembershipApplicationStatus status,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("applications", membership.applications(status, new PageQuery(page, PageQuery.DEFAULT_SIZE)));
        model.addAttribute("status", status);
        model.addAttribute("statuses", List.of(MembershipApplicationStatus.SUBMITTED, MembershipApplicationStatus.INFORMATION_REQUESTED,
                MembershipApplicationStatus.RECOMMENDED, MembershipApplicationStatus.APPROVED, MembershipApplicationStatus.REJECTED));
        return "membership/applications";
    }

    @PostMapping("/{id}/checklist")
    @PreAuthorize("hasAuthority('membership:review')")
    String checklist(@PathVariable UUID id, @RequestParam(name = "done", required = false) @Nullable List<String> done,
            Model model, HttpServletResponse response) {
        var applicationId = new ApplicationId(id);
        var items = new HashMap<String, Boolean>();
        membership.application(applicationId).checklist().forEach(item ->
                items.put(item.key(), done != null && done.contains(item.key())));
        try {
            membership.checkItems(applicationId, items);
            return "redirect:/membership/applications/" + id + "?checked";
        } catch (BusinessRuleViolation violation) {
            model.addAttribute("violation", violation);
            response.setStatus(422);
            return ApplicationView.show(membership.application(applicationId), model);
        }
    }

    @PostMapping("/{id}/information-request")
    @PreAuthorize("hasAuthority('membership:review')")
    String requestInformation(@PathVariable UUID id, @Valid @ModelAttribute("requestForm") TextForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        return act(id, errors, model, response, "requested",
                () -> membership.requestInformation(new ApplicationId(id), form.text()));
    }

    @PostMapping("/{id}/recommendation")
    @PreAuthorize("hasAuthority('membership:review')")
    String recommend(@PathVariable UUID id, @Valid @ModelAttribute("recommendationForm") RecommendationForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        return act(id, errors, model, response, "recommended", () -> membership.recommend(new ApplicationId(id),
                Boolean.TRUE.equals(form.approve()), form.note() == null ? "" : form.note()));
    }

    @PostMapping("/{id}/decision")
    @PreAuthorize("hasAuthority('membership:decide')")
    String decide(@PathVariable UUID id, @Valid @ModelAttribute("decisionForm") DecisionForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        return act(id, errors, model, response, "decided", () -> membership.decide(new ApplicationId(id),
                Boolean.TRUE.equals(form.approve()), form.reasons(), form.decidedOn(), form.decisionReference()));
    }

    /**
     * The shape of every review form: act when the form is valid and go back to the application with the outcome;
     * otherwise (or when a rule refuses) show the application again with the errors, status 422.
     */
    private String act(UUID id, BindingResult errors, Model model, HttpServletResponse response, String outcome,
            Runnable action) {
        if (FormErrors.succeeded(errors, response, () -> action.run())) {
            return "redirect:/membership/applications/" + id + "?" + outcome;
        }
        return ApplicationView.show(membership.application(new ApplicationId(id)), model);
    }
}
