package org.custodes.membership.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.custodes.membership.MembershipDecision;
import org.custodes.membership.MembershipService;
import org.custodes.membership.MembershipStatus;
import org.custodes.membership.TerminationGround;
import org.custodes.shared.Actor;
import org.custodes.shared.FormErrors;
import org.custodes.shared.OrganisationId;
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

/**
 * Membership status pages: the organisation's own page (status, history, applications, withdrawal, reply to a
 * proposed termination) and the secretariat's and Board's list and member page.
 */
@Controller
@RequestMapping("/membership")
class MembershipPageController {

    private static final java.util.Set<MembershipStatus> MAY_APPLY_AGAIN = java.util.EnumSet.of(
            MembershipStatus.REJECTED, MembershipStatus.WITHDRAWN, MembershipStatus.TERMINATED);

    private final MembershipService membership;

    private final java.time.Clock clock;

    MembershipPageController(MembershipService membership, java.time.Clock clock) {
        this.membership = membership;
        this.clock = clock;
    }

    @GetMapping("/mine")
    @PreAuthorize("hasAuthority('membership:apply')")
    String mine(Model model) {
        var organisation = Actor.current().orElseThrow().organisationId();
        var current = membership.find(organisation).orElse(null);
        var applications = membership.applicationsOf(organisation);
        model.addAttribute("membership", current);
        model.addAttribute("applications", applications);
        model.addAttribute("cases", membership.complianceCasesOf(organisation));
        model.addAttribute("invoices", membership.invoicesOf(organisation));
        model.addAttribute("mayApply", (current == null || MAY_APPLY_AGAIN.contains(current.status()))
                && applications.stream().noneMatch(application -> application.status().open()));
        addIfAbsent(model, "withdrawForm", new TextForm(null));
        addIfAbsent(model, "replyForm", new TextForm(null));
        return "membership/mine";
    }

    @PostMapping("/mine/withdrawal")
    @PreAuthorize("hasAuthority('membership:apply')")
    String withdraw(@Valid @ModelAttribute("withdrawForm") TextForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        if (FormErrors.succeeded(errors, response,
                () -> membership.withdraw(Actor.current().orElseThrow().organisationId(), form.text()))) {
            return "redirect:/membership/mine?withdrawn";
        }
        return mine(model);
    }

    @PostMapping("/mine/termination-reply")
    @PreAuthorize("hasAuthority('membership:apply')")
    String replyToTermination(@Valid @ModelAttribute("replyForm") TextForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        if (FormErrors.succeeded(errors, response,
                () -> membership.replyToTerminationProposal(Actor.current().orElseThrow().organisationId(), form.text()))) {
            return "redirect:/membership/mine?replied";
        }
        return mine(model);
    }

    @GetMapping("/members")
    @PreAuthorize("hasAuthority('membership:read')")
    String members(@RequestParam(required = false) @Nullable MembershipStatus status,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("members", membership.list(status, new PageQuery(page, PageQuery.DEFAULT_SIZE)));
        model.addAttribute("deadlinePassed", membership.deadlinePassed());
        model.addAttribute("nonPayment", membership.nonPaymentProposals());
        model.addAttribute("status", status);
        model.addAttribute("statuses", MembershipStatus.values());
        return "membership/members";
    }

    @GetMapping("/members/{organisation}")
    @PreAuthorize("hasAuthority('membership:read')")
    String member(@PathVariable UUID organisation, Model model) {
        var id = new OrganisationId(organisation);
        model.addAttribute("membership", membership.get(id));
        model.addAttribute("applications", membership.applicationsOf(id));
        model.addAttribute("grounds", TerminationGround.values());
        model.addAttribute("canReview", Actor.holds("membership:review"));
        model.addAttribute("canDecide", Actor.holds("membership:decide"));
        model.addAttribute("cases", membership.complianceCasesOf(id));
        model.addAttribute("latestSelfAssessment", membership.latestSelfAssessment(id).orElse(null));
        model.addAttribute("invoices", membership.invoicesOf(id));
        model.addAttribute("bands", membership.revenueBands());
        model.addAttribute("currentYear", java.time.Year.now(clock).getValue());
        addIfAbsent(model, "caseForm", new OpenCaseForm(organisation, null));
        addIfAbsent(model, "affiliateForm", new StatusDecisionForm(null, null, null));
        addIfAbsent(model, "proposalForm", new TerminationProposalForm(null, null));
        addIfAbsent(model, "terminationForm", new StatusDecisionForm(null, null, null));
        return "membership/member";
    }

    @PostMapping("/members/{organisation}/affiliate")
    @PreAuthorize("hasAuthority('membership:review')")
    String makeAffiliate(@PathVariable UUID organisation, @Valid @ModelAttribute("affiliateForm") StatusDecisionForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        return act(organisation, errors, model, response, () -> membership.makeAffiliate(new OrganisationId(organisation),
                decision(form)));
    }

    @PostMapping("/members/{organisation}/termination-proposal")
    @PreAuthorize("hasAuthority('membership:review')")
    String proposeTermination(@PathVariable UUID organisation,
            @Valid @ModelAttribute("proposalForm") TerminationProposalForm form, BindingResult errors, Model model,
            HttpServletResponse response) {
        return act(organisation, errors, model, response, () -> membership.proposeTermination(
                new OrganisationId(organisation), form.ground(), form.replyDeadline()));
    }

    @PostMapping("/members/{organisation}/termination")
    @PreAuthorize("hasAuthority('membership:decide')")
    String terminate(@PathVariable UUID organisation, @Valid @ModelAttribute("terminationForm") StatusDecisionForm form,
            BindingResult errors, Model model, HttpServletResponse response) {
        return act(organisation, errors, model, response,
                () -> membership.terminate(new OrganisationId(organisation), decision(form)));
    }

    private String act(UUID organisation, BindingResult errors, Model model, HttpServletResponse response,
            Runnable action) {
        if (FormErrors.succeeded(errors, response, action)) {
            return "redirect:/membership/members/" + organisation + "?done";
        }
        return member(organisation, model);
    }

    private static MembershipDecision decision(StatusDecisionForm form) {
        return new MembershipDecision(form.effectiveOn() == null ? LocalDate.MIN : form.effectiveOn(),
                form.reason() == null ? "" : form.reason(), form.decisionReference());
    }

    private static void addIfAbsent(Model model, String name, Object value) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, value);
        }
    }
}
