package org.custodes.membership.sanction;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.custodes.membership.Lifecycle;
import org.custodes.membership.MembershipAccess;
import org.custodes.membership.MembershipDecision;
import org.custodes.membership.MembershipPillar;
import org.custodes.membership.MembershipRuleViolation;
import org.custodes.membership.MembershipStatus;
import org.custodes.membership.SanctionStep;
import org.custodes.membership.TerminationGround;
import org.custodes.membership.application.ApplicantMail;
import org.custodes.membership.compliance.ComplianceCase;
import org.custodes.membership.compliance.ComplianceCaseDetails;
import org.custodes.membership.compliance.ComplianceCaseId;
import org.custodes.membership.compliance.ComplianceCases;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The sanctions ladder behind the facade. The secretariat raises concerns, asks for replies and makes
 * recommendations; the Board decides corrective action, suspension and termination. Suspension and termination move
 * the company's membership in the same transaction as the step.
 */
@Component
public class SanctionsLadder {

    private final ComplianceCases cases;
    private final Lifecycle lifecycle;
    private final OrganisationService organisations;
    private final ApplicationEventPublisher events;
    private final ApplicantMail mail;
    private final Clock clock;
    private final String baseUrl;

    SanctionsLadder(ComplianceCases cases, Lifecycle lifecycle, OrganisationService organisations,
            ApplicationEventPublisher events, ApplicantMail mail, Clock clock,
            @Value("${custodes.base-url}") String baseUrl) {
        this.cases = cases;
        this.lifecycle = lifecycle;
        this.organisations = organisations;
        this.events = events;
        this.mail = mail;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    public ComplianceCaseDetails open(OrganisationId organisation, String summary) {
        var membership = lifecycle.load(organisation);
        if (membership.pillar() != MembershipPillar.COMPANY || !membership.status().belongs()) {
            throw new MembershipRuleViolation("membership.case.not-a-member-company");
        }
        var today = today();
        var reference = "CC-%d-%04d".formatted(today.getYear(), cases.countFor(today.getYear()) + 1);
        return save(ComplianceCase.open(organisation, reference, summary, today, MembershipAccess.actor()));
    }

    public ComplianceCaseDetails get(ComplianceCaseId id) {
        var complianceCase = load(id);
        MembershipAccess.requireOwnOr("membership:read", complianceCase.organisation(), "case", id);
        return details(complianceCase);
    }

    public List<ComplianceCaseDetails> ofOrganisation(OrganisationId organisation) {
        MembershipAccess.requireOwnOr("membership:read", organisation, "organisation", organisation);
        return cases.ofOrganisation(organisation).stream().map(id -> details(load(id))).toList();
    }

    public List<ComplianceCaseDetails> open() {
        var open = cases.open().stream().map(this::load).toList();
        var names = organisations.namesOf(open.stream().map(ComplianceCase::organisation).collect(Collectors.toSet()));
        return open.stream().map(c -> c.details(names.getOrDefault(c.organisation(), c.organisation().toString())))
                .toList();
    }

    public PageResult<ComplianceCaseDetails> open(PageQuery page) {
        return PageResult.of(cases.open(page).stream().map(id -> details(load(id))).toList(), page, cases.countOpen());
    }

    /** Opens the right of reply and tells the company's users, who read the concern itself on the case page. */
    public ComplianceCaseDetails requestReply(ComplianceCaseId id, LocalDate deadline) {
        var complianceCase = load(id);
        complianceCase.requestReply(deadline, today());
        var details = save(complianceCase);
        mail.send(complianceCase.organisation(), "membership/reply-requested", Map.of(
                "step", String.valueOf(details.nextStep()), "deadline", deadline.toString(), "link", link(id)));
        return details;
    }

    public ComplianceCaseDetails reply(ComplianceCaseId id, String text) {
        var complianceCase = load(id);
        MembershipAccess.requireOwn(complianceCase.organisation(), "case", id);
        complianceCase.reply(text, today());
        return save(complianceCase);
    }

    /** Recommendations are the secretariat's; corrective action, suspension and termination the Board's. */
    public ComplianceCaseDetails decide(ComplianceCaseId id, SanctionStep step, @Nullable LocalDate dueOn, String summary,
            @Nullable TerminationGround ground, @Nullable String decisionReference) {
        requirePermissionFor(step);
        var complianceCase = load(id);
        var record = complianceCase.decide(step, today(), dueOn, summary, MembershipAccess.actor());
        var decision = new MembershipDecision(record.decidedOn(), summary,
                decisionReference == null ? complianceCase.reference() : decisionReference);
        if (step == SanctionStep.SUSPENSION) {
            lifecycle.change(complianceCase.organisation(), membership -> membership.suspend(decision, MembershipAccess.actor()));
        } else if (step == SanctionStep.TERMINATION) {
            var reply = record.reply();
            lifecycle.change(complianceCase.organisation(), membership -> membership.terminate(decision, MembershipAccess.actor(),
                    ground == null ? TerminationGround.LACK_OF_GOOD_FAITH : ground, reply));
        }
        var details = save(complianceCase);
        // The step and its due date only: the decision's reasons stay behind the sign-in, on the case page.
        mail.send(complianceCase.organisation(), "membership/step-decided", Map.of("step", step.name(),
                "dueOn", record.dueOn() == null ? "" : record.dueOn().toString(), "link", link(id)));
        return details;
    }

    /** The company complied: the case is resolved and a suspended company returns to its previous status. */
    public ComplianceCaseDetails resolve(ComplianceCaseId id, String note) {
        var complianceCase = load(id);
        var current = complianceCase.steps().getLast().step();
        requirePermissionFor(current == SanctionStep.COMPLIANCE_CONCERN ? SanctionStep.SECRETARIAT_RECOMMENDATIONS : current);
        var wasSuspended = complianceCase.resolve(note, today());
        if (wasSuspended && lifecycle.statusOf(complianceCase.organisation()) == MembershipStatus.SUSPENDED) {
            lifecycle.change(complianceCase.organisation(), membership -> membership.reinstate(
                    new MembershipDecision(today(), note, complianceCase.reference()), MembershipAccess.actor()));
        }
        return save(complianceCase);
    }

    private static void requirePermissionFor(SanctionStep step) {
        var permission = step == SanctionStep.COMPLIANCE_CONCERN || step == SanctionStep.SECRETARIAT_RECOMMENDATIONS
                ? "membership:review" : "membership:decide";
        if (!MembershipAccess.can(permission)) {
            throw new AccessDeniedException("step " + step + " needs " + permission);
        }
    }

    private ComplianceCaseDetails save(ComplianceCase complianceCase) {
        cases.save(complianceCase);
        complianceCase.pendingEvents().forEach(events::publishEvent);
        complianceCase.saved();
        return details(complianceCase);
    }

    private ComplianceCase load(ComplianceCaseId id) {
        return cases.find(id).orElseThrow(() -> new NotFound("case", id));
    }

    private ComplianceCaseDetails details(ComplianceCase complianceCase) {
        var name = organisations.find(complianceCase.organisation()).map(o -> o.legalName())
                .orElse(complianceCase.organisation().toString());
        return complianceCase.details(name);
    }

    private String link(ComplianceCaseId id) {
        return baseUrl + "/membership/cases/" + id;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
