package org.custodes.membership;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.custodes.organisation.OrganisationService;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The sanctions ladder behind the facade. The secretariat raises concerns, asks for replies and makes
 * recommendations; the Board decides corrective action, suspension and termination. Suspension and termination move
 * the company's membership in the same transaction as the step.
 */
@Component
class SanctionsLadder {

    private final ComplianceCases cases;
    private final Lifecycle lifecycle;
    private final OrganisationService organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    SanctionsLadder(ComplianceCases cases, Lifecycle lifecycle, OrganisationService organisations,
            ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.lifecycle = lifecycle;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    ComplianceCaseDetails open(OrganisationId organisation, String summary) {
        var membership = lifecycle.load(organisation);
        if (membership.pillar() != MembershipPillar.COMPANY || !membership.status().belongs()) {
            throw new MembershipRuleViolation("membership.case.not-a-member-company");
        }
        var today = today();
        var reference = "CC-%d-%04d".formatted(today.getYear(), cases.countFor(today.getYear()) + 1);
        return save(ComplianceCase.open(organisation, reference, summary, today, Access.actor()));
    }

    ComplianceCaseDetails get(ComplianceCaseId id) {
        var complianceCase = load(id);
        Access.requireOwnOr("membership:read", complianceCase.organisation(), "case", id);
        return details(complianceCase);
    }

    List<ComplianceCaseDetails> ofOrganisation(OrganisationId organisation) {
        Access.requireOwnOr("membership:read", organisation, "organisation", organisation);
        return cases.ofOrganisation(organisation).stream().map(id -> details(load(id))).toList();
    }

    List<ComplianceCaseDetails> open() {
        return cases.open().stream().map(id -> details(load(id))).toList();
    }

    ComplianceCaseDetails requestReply(ComplianceCaseId id, LocalDate deadline) {
        var complianceCase = load(id);
        complianceCase.requestReply(deadline, today());
        return save(complianceCase);
    }

    ComplianceCaseDetails reply(ComplianceCaseId id, String text) {
        var complianceCase = load(id);
        Access.requireOwn(complianceCase.organisation(), "case", id);
        complianceCase.reply(text, today());
        return save(complianceCase);
    }

    /** Recommendations are the secretariat's; corrective action, suspension and termination the Board's. */
    ComplianceCaseDetails decide(ComplianceCaseId id, SanctionStep step, @Nullable LocalDate dueOn, String summary,
            @Nullable TerminationGround ground, @Nullable String decisionReference) {
        requirePermissionFor(step);
        var complianceCase = load(id);
        var record = complianceCase.decide(step, today(), dueOn, summary, Access.actor());
        var decision = new MembershipDecision(record.decidedOn(), summary,
                decisionReference == null ? complianceCase.reference() : decisionReference);
        if (step == SanctionStep.SUSPENSION) {
            lifecycle.change(complianceCase.organisation(), membership -> membership.suspend(decision, Access.actor()));
        } else if (step == SanctionStep.TERMINATION) {
            var reply = record.reply();
            lifecycle.change(complianceCase.organisation(), membership -> membership.terminate(decision, Access.actor(),
                    ground == null ? TerminationGround.LACK_OF_GOOD_FAITH : ground, reply));
        }
        return save(complianceCase);
    }

    /** The company complied: the case is resolved and a suspended company returns to its previous status. */
    ComplianceCaseDetails resolve(ComplianceCaseId id, String note) {
        var complianceCase = load(id);
        var current = complianceCase.steps().getLast().step();
        requirePermissionFor(current == SanctionStep.COMPLIANCE_CONCERN ? SanctionStep.SECRETARIAT_RECOMMENDATIONS : current);
        var wasSuspended = complianceCase.resolve(note, today());
        if (wasSuspended && lifecycle.statusOf(complianceCase.organisation()) == MembershipStatus.SUSPENDED) {
            lifecycle.change(complianceCase.organisation(), membership -> membership.reinstate(
                    new MembershipDecision(today(), note, complianceCase.reference()), Access.actor()));
        }
        return save(complianceCase);
    }

    private static void requirePermissionFor(SanctionStep step) {
        var permission = step == SanctionStep.COMPLIANCE_CONCERN || step == SanctionStep.SECRETARIAT_RECOMMENDATIONS
                ? "membership:review" : "membership:decide";
        if (!Access.can(permission)) {
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

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
