package org.custodes.monitoring.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.custodes.monitoring.FindingId;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.OrganisationId;
import org.junit.jupiter.api.Test;

class ActionPlanTests {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T09:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final OrganisationId COMPANY = new OrganisationId(UUID.randomUUID());
    static final FindingId FINDING = new FindingId(UUID.randomUUID());
    static final ClosureRule RULE = new ClosureRule(Set.of(FindingCategory.WAGES));

    static ProposedAction action(LocalDate due, VerificationMethod method) {
        return new ProposedAction(" Pay the withheld overtime ", "Payroll manager", due, "Payslips for March",
                method);
    }

    static ActionPlan proposed() {
        var plan = ActionPlan.propose(FINDING, "MF-2026-001", COMPANY, List.of(
                action(TODAY.plusDays(10), VerificationMethod.DESK_REVIEW),
                action(TODAY.plusDays(20), VerificationMethod.RETURN_VISIT)), CLOCK);
        plan.saved();
        return plan;
    }

    static ActionPlan running() {
        var plan = proposed();
        plan.accept(CLOCK);
        plan.saved();
        return plan;
    }

    static Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    static String field(Runnable refused) {
        try {
            refused.run();
        } catch (BusinessRuleViolation violation) {
            return violation.field() + ":" + violation.messageKey();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void everyActionNeedsItsOwnerADueDateNotInThePastTheEvidenceAndAMethod() {
        assertThat(field(() -> ActionPlan.propose(FINDING, "MF-2026-001", COMPANY, List.of(), CLOCK)))
                .isEqualTo("actions:monitoring.plan.actions-required");
        assertThat(field(() -> ActionPlan.propose(FINDING, "MF-2026-001", COMPANY, List.of(new ProposedAction(
                "Pay", "Payroll", null, "Payslips", VerificationMethod.DESK_REVIEW)), CLOCK)))
                .isEqualTo("actions[0].dueOn:monitoring.action.due-required");
        assertThat(field(() -> ActionPlan.propose(FINDING, "MF-2026-001", COMPANY,
                List.of(action(TODAY.minusDays(1), VerificationMethod.DESK_REVIEW)), CLOCK)))
                .isEqualTo("actions[0].dueOn:monitoring.action.due-past");
        assertThat(field(() -> ActionPlan.propose(FINDING, "MF-2026-001", COMPANY, List.of(new ProposedAction(
                "Pay", " ", TODAY, "Payslips", VerificationMethod.DESK_REVIEW)), CLOCK)))
                .isEqualTo("actions[0].owner:monitoring.action.owner-required");
        assertThat(field(() -> ActionPlan.propose(FINDING, "MF-2026-001", COMPANY, List.of(new ProposedAction(
                "Pay", "Payroll", TODAY, "", VerificationMethod.DESK_REVIEW)), CLOCK)))
                .isEqualTo("actions[0].evidenceExpected:monitoring.action.evidenceExpected-required");
        assertThat(field(() -> ActionPlan.propose(FINDING, "MF-2026-001", COMPANY, List.of(new ProposedAction(
                "Pay", "Payroll", TODAY, "Payslips", null)), CLOCK)))
                .isEqualTo("actions[0].verification:monitoring.action.verification-required");

        var plan = ActionPlan.propose(FINDING, "MF-2026-001", COMPANY,
                List.of(action(TODAY, VerificationMethod.DESK_REVIEW)), CLOCK);
        assertThat(plan.status()).isEqualTo(PlanStatus.PROPOSED);
        assertThat(plan.actions()).singleElement().satisfies(a -> assertThat(a.description)
                .isEqualTo("Pay the withheld overtime"));
        assertThat(plan.pendingEvents()).containsExactly(new ActionPlanChanged(plan.id(), "MF-2026-001-P", FINDING,
                COMPANY, PlanStatus.PROPOSED, TODAY));
    }

    @Test
    void theSecretariatAcceptsOrReturnsWithAReasonAndTheCompanyProposesAgain() {
        var plan = proposed();
        assertThat(field(() -> plan.returnToCompany(" ", CLOCK))).isEqualTo("reason:monitoring.plan.reason-required");
        assertThatThrownBy(() -> plan.revise(List.of(action(TODAY, VerificationMethod.DESK_REVIEW)), CLOCK))
                .hasMessage("monitoring.plan.not-returned");
        plan.returnToCompany(" Due dates too far ", CLOCK);
        assertThat(plan.status()).isEqualTo(PlanStatus.RETURNED);
        assertThat(plan.returnedReason()).isEqualTo("Due dates too far");
        assertThatThrownBy(() -> plan.accept(CLOCK)).hasMessage("monitoring.plan.not-proposed");
        assertThatThrownBy(() -> plan.verify(plan.actions().getFirst().id(), true, null, CLOCK))
                .hasMessage("monitoring.plan.not-running");

        var later = at(TODAY.plusDays(3));
        plan.revise(List.of(action(TODAY.plusDays(5), VerificationMethod.DESK_REVIEW)), later);
        assertThat(plan.status()).isEqualTo(PlanStatus.PROPOSED);
        assertThat(plan.proposedOn()).isEqualTo(TODAY.plusDays(3));
        assertThat(plan.actions()).hasSize(1);
        assertThat(plan.actionsReplaced()).isTrue();
        plan.accept(later);
        assertThat(plan.status()).isEqualTo(PlanStatus.ACCEPTED);
        assertThat(plan.decidedOn()).isEqualTo(TODAY.plusDays(3));
    }

    @Test
    void verificationClosesAnActionOrReturnsItWithAReasonAndPutsThePlanInProgress() {
        var plan = running();
        var first = plan.actions().getFirst().id();
        assertThat(field(() -> plan.verify(first, false, null, CLOCK))).isEqualTo("reason:monitoring.action.reason-required");
        plan.verify(first, false, "The payslips are unsigned", CLOCK);
        assertThat(plan.status()).isEqualTo(PlanStatus.IN_PROGRESS);
        assertThat(plan.actions().getFirst().status).isEqualTo(ActionStatus.OPEN);
        assertThat(plan.actions().getFirst().returnedReason).isEqualTo("The payslips are unsigned");
        plan.verify(first, true, null, CLOCK);
        assertThat(plan.actions().getFirst().status).isEqualTo(ActionStatus.CLOSED);
        assertThat(plan.actions().getFirst().returnedReason).isNull();
        assertThatThrownBy(() -> plan.verify(first, true, null, CLOCK)).hasMessage("monitoring.action.closed");
        assertThatThrownBy(() -> plan.verify(new ActionId(UUID.randomUUID()), true, null, CLOCK))
                .hasMessage("monitoring.action.unknown");
        assertThat(plan.pendingEvents()).filteredOn(ActionVerified.class::isInstance).hasSize(2);
    }

    @Test
    void aFindingClosesOnlyWhenEveryActionIsClosedAndByAReturnVisitWhereItsCategoryAsks() {
        var plan = running();
        plan.verify(plan.actions().getFirst().id(), true, null, CLOCK);
        assertThatThrownBy(() -> plan.close(FindingCategory.OTHER, RULE, VerificationMethod.DESK_REVIEW, null, CLOCK))
                .hasMessage("monitoring.plan.actions-open");
        plan.verify(plan.actions().get(1).id(), true, null, CLOCK);

        assertThat(field(() -> plan.close(FindingCategory.WAGES, RULE, VerificationMethod.DESK_REVIEW, null, CLOCK)))
                .isEqualTo("method:monitoring.plan.return-visit-required");
        assertThat(field(() -> plan.close(FindingCategory.WAGES, RULE, null, null, CLOCK)))
                .isEqualTo("method:monitoring.plan.method-required");
        assertThat(field(() -> plan.close(FindingCategory.WAGES, RULE, VerificationMethod.RETURN_VISIT, " ", CLOCK)))
                .isEqualTo("records:monitoring.plan.records-required");
        assertThat(plan.status()).isEqualTo(PlanStatus.IN_PROGRESS);

        plan.close(FindingCategory.WAGES, RULE, VerificationMethod.RETURN_VISIT, "Payroll ledger Jan-Mar", CLOCK);
        assertThat(plan.status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(plan.closedBy()).isEqualTo(VerificationMethod.RETURN_VISIT);
        assertThat(plan.closedOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> plan.close(FindingCategory.WAGES, RULE, VerificationMethod.RETURN_VISIT, "x", CLOCK))
                .hasMessage("monitoring.plan.not-running");
    }

    @Test
    void aCategoryOutsideTheRuleClosesOnADeskReview() {
        var plan = running();
        plan.actions().forEach(a -> plan.verify(a.id(), true, null, CLOCK));
        plan.close(FindingCategory.MANAGEMENT, RULE, VerificationMethod.DESK_REVIEW, null, CLOCK);
        assertThat(plan.status()).isEqualTo(PlanStatus.CLOSED);
        assertThat(plan.closureRecords()).isNull();
    }

    @Test
    void theRuleDefaultsToWagesHoursForceAndDetention() {
        var rule = new ClosureRule(Set.of(FindingCategory.values()).stream()
                .filter(c -> ClosureRule.DEFAULT.contains(c.name())).collect(java.util.stream.Collectors.toSet()));
        assertThat(rule.returnVisitCategories()).containsExactlyInAnyOrder(FindingCategory.WAGES,
                FindingCategory.WORKING_HOURS, FindingCategory.USE_OF_FORCE, FindingCategory.DETENTION);
        assertThat(new ClosureRule(Set.of()).needsReturnVisit(FindingCategory.WAGES)).isFalse();
    }

    @Test
    void anOverdueActionRemindsAtMostEveryIntervalAndRaisesAConcernOnceAfterTheConfiguredTime() {
        var plan = running();
        var due = TODAY.plusDays(10);
        assertThat(plan.chase(7, 30, at(due))).as("due today is not overdue").isEmpty();
        assertThat(plan.chase(7, 30, at(due.plusDays(1)))).singleElement()
                .satisfies(o -> assertThat(o.raiseConcern()).isFalse());
        assertThat(plan.chase(7, 30, at(due.plusDays(3)))).as("reminded 2 days ago").isEmpty();
        assertThat(plan.chase(7, 30, at(due.plusDays(8)))).hasSize(1);
        var day30 = plan.chase(7, 30, at(due.plusDays(30)));
        assertThat(day30).filteredOn(ActionOverdue::raiseConcern).singleElement()
                .satisfies(o -> assertThat(o.reference()).isEqualTo("MF-2026-001-P/1"));
        assertThat(plan.chase(7, 30, at(due.plusDays(60)))).filteredOn(o -> o.reference().endsWith("/1"))
                .as("the first action's concern was raised on day 30").noneMatch(ActionOverdue::raiseConcern);

        var details = plan.details("MF-2026-001", "Aegis", FindingCategory.WAGES, RULE, due.plusDays(1), List.of());
        assertThat(details.actions().getFirst().overdue()).isTrue();
        assertThat(details.overdueActions()).isEqualTo(1);
        assertThat(details.returnVisitRequired()).isTrue();
    }

    @Test
    void onlyARunningPlanIsChasedOrFlagged() {
        var plan = proposed();
        var late = at(TODAY.plusDays(40));
        assertThat(plan.chase(7, 30, late)).isEmpty();
        assertThat(plan.details("MF-2026-001", "Aegis", FindingCategory.OTHER, RULE, TODAY.plusDays(40), List.of())
                .overdueActions()).isZero();
    }
}
