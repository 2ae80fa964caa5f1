package org.custodes.membership.web;

import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.custodes.membership.compliance.ComplianceCaseDetails;
import org.custodes.membership.compliance.ComplianceCaseId;
import org.custodes.membership.MembershipService;
import org.custodes.membership.TerminationGround;
import org.custodes.shared.Actor;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.FormErrors;
import org.custodes.shared.OrganisationId;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/** Compliance cases: the secretariat's and Board's work on the ladder, and the company's view with its replies. */
@Controller
@RequestMapping("/membership/cases")
class ComplianceCasePageController {

    private final MembershipService membership;

    ComplianceCasePageController(MembershipService membership) {
        this.membership = membership;
    }

    @GetMapping
    @PreAuthorize("hasAnyAuthority('membership:read', 'membership:apply')")
    String list(Model model) {
        var actor = Actor.current().orElseThrow();
        model.addAttribute("cases", actor.can("membership:read") ? membership.openComplianceCases()
                : membership.complianceCasesOf(actor.organisationId()));
        return "membership/cases";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('membership:review')")
    String open(@Valid @ModelAttribute("caseForm") OpenCaseForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                var opened = membership.openComplianceCase(new OrganisationId(form.organisation()), form.summary());
                return "redirect:/membership/cases/" + opened.id();
            } catch (BusinessRuleViolation violation) {
                FormErrors.reject(errors, violation);
            }
        }
        response.setStatus(422);
        model.addAttribute("cases", membership.openComplianceCases());
        return "membership/cases";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAnyAuthority('membership:read', 'membership:apply')")
    String show(@PathVariable UUID id, Model model) {
        return show(membership.complianceCase(new ComplianceCaseId(id)), model);
    }

    @PostMapping("/{id}/reply-request")
    @PreAuthorize("hasAnyAuthority('membership:review', 'membership:decide')")
    String requestReply(@PathVariable UUID id, @Valid @ModelAttribute("replyRequestForm") ReplyRequestForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        return act(id, errors, model, response, () -> membership.requestReply(new ComplianceCaseId(id), form.deadline()));
    }

    @PostMapping("/{id}/reply")
    @PreAuthorize("hasAuthority('membership:apply')")
    String reply(@PathVariable UUID id, @Valid @ModelAttribute("replyForm") TextForm form, BindingResult errors,
            Model model, HttpServletResponse response) {
        return act(id, errors, model, response, () -> membership.replyToCase(new ComplianceCaseId(id), form.text()));
    }

    @PostMapping("/{id}/steps")
    @PreAuthorize("hasAnyAuthority('membership:review', 'membership:decide')")
    String decide(@PathVariable UUID id, @Valid @ModelAttribute("stepForm") StepForm form, BindingResult errors,
            Model model, HttpServletResponse response) {
        return act(id, errors, model, response, () -> membership.decideStep(new ComplianceCaseId(id), form.step(),
                form.dueOn(), form.summary(), form.ground(), form.decisionReference()));
    }

    @PostMapping("/{id}/resolution")
    @PreAuthorize("hasAnyAuthority('membership:review', 'membership:decide')")
    String resolve(@PathVariable UUID id, @Valid @ModelAttribute("resolutionForm") TextForm form, BindingResult errors,
            Model model, HttpServletResponse response) {
        return act(id, errors, model, response, () -> membership.resolveCase(new ComplianceCaseId(id), form.text()));
    }

    private String act(UUID id, BindingResult errors, Model model, HttpServletResponse response, Runnable action) {
        if (FormErrors.succeeded(errors, response, () -> action.run())) {
            return "redirect:/membership/cases/" + id + "?done";
        }
        return show(membership.complianceCase(new ComplianceCaseId(id)), model);
    }

    private static String show(ComplianceCaseDetails complianceCase, Model model) {
        var actor = Actor.current().orElseThrow();
        model.addAttribute("complianceCase", complianceCase);
        model.addAttribute("ownOrganisation", actor.organisationId().equals(complianceCase.organisation()));
        model.addAttribute("canReview", actor.can("membership:review"));
        model.addAttribute("canDecide", actor.can("membership:decide"));
        model.addAttribute("grounds", TerminationGround.values());
        addIfAbsent(model, "replyRequestForm", new ReplyRequestForm(null));
        addIfAbsent(model, "replyForm", new TextForm(null));
        addIfAbsent(model, "stepForm", new StepForm(complianceCase.nextStep(), null, null, null, null));
        addIfAbsent(model, "resolutionForm", new TextForm(null));
        return "membership/case";
    }

    private static void addIfAbsent(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }
}
