package org.custodes.membership.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.LocalDate;
import java.util.UUID;

import org.custodes.membership.MembershipRuleViolation;
import org.custodes.membership.SanctionStep;
import org.custodes.membership.SanctionStepDecided;
import org.custodes.membership.sanction.SanctionStepRecord;
import org.custodes.shared.OrganisationId;
import org.junit.jupiter.api.Test;

class ComplianceCaseTests {

    static final OrganisationId COMPANY = new OrganisationId(UUID.randomUUID());
    static final LocalDate OPENED = LocalDate.of(2026, 3, 2);

    static ComplianceCase opened() {
        return ComplianceCase.open(COMPANY, "CC-1", "Unpaid salaries reported in Kenya", OPENED, null);
    }

    /** Moves the case to its next step, with the company staying silent until the reply deadline passed. */
    static LocalDate decideAfterSilence(ComplianceCase complianceCase, SanctionStep step, LocalDate from) {
        complianceCase.requestReply(from.plusDays(14), from);
        var decidedOn = from.plusDays(15);
        complianceCase.decide(step, decidedOn, step == SanctionStep.CORRECTIVE_ACTION ? decidedOn.plusMonths(3) : null,
                "Decided " + step, null);
        return decidedOn;
    }

    @Test
    void openingRaisesAComplianceConcern() {
        var complianceCase = opened();
        assertThat(complianceCase.steps()).extracting(SanctionStepRecord::step).containsExactly(SanctionStep.COMPLIANCE_CONCERN);
        assertThat(complianceCase.nextStep()).isEqualTo(SanctionStep.SECRETARIAT_RECOMMENDATIONS);
        assertThat(complianceCase.pendingEvents()).containsExactly(new SanctionStepDecided(COMPANY, "CC-1",
                SanctionStep.COMPLIANCE_CONCERN, OPENED, null, false));
    }

    @Test
    void aStepIsRefusedBeforeTheCompanyWasGivenARightOfReply() {
        var complianceCase = opened();
        assertThatExceptionOfType(MembershipRuleViolation.class)
                .isThrownBy(() -> complianceCase.decide(SanctionStep.SECRETARIAT_RECOMMENDATIONS, OPENED, null, "x", null))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("membership.case.reply-required"));
    }

    @Test
    void aStepIsRefusedWhileTheReplyDeadlineRunsAndAllowedAfterSilenceOrAReply() {
        var complianceCase = opened();
        complianceCase.requestReply(OPENED.plusDays(14), OPENED);
        assertThatExceptionOfType(MembershipRuleViolation.class)
                .isThrownBy(() -> complianceCase.decide(SanctionStep.SECRETARIAT_RECOMMENDATIONS, OPENED.plusDays(14), null, "x", null));
        complianceCase.decide(SanctionStep.SECRETARIAT_RECOMMENDATIONS, OPENED.plusDays(15), null, "Pay the salaries", null);

        complianceCase.requestReply(OPENED.plusDays(40), OPENED.plusDays(20));
        complianceCase.reply("Salaries were paid on 1 April", OPENED.plusDays(25));
        var record = complianceCase.decide(SanctionStep.CORRECTIVE_ACTION, OPENED.plusDays(26), OPENED.plusDays(120),
                "Independent payroll audit", null);
        assertThat(record.reply().reply()).isEqualTo("Salaries were paid on 1 April");
        assertThat(record.dueOn()).isEqualTo(OPENED.plusDays(120));
    }

    @Test
    void stepsAreTakenInOrderOnly() {
        var complianceCase = opened();
        complianceCase.requestReply(OPENED.plusDays(1), OPENED);
        assertThatExceptionOfType(MembershipRuleViolation.class)
                .isThrownBy(() -> complianceCase.decide(SanctionStep.SUSPENSION, OPENED.plusDays(2), null, "x", null))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("membership.case.not-next-step"));
    }

    @Test
    void aCorrectiveActionNeedsADueDateAfterTheDecision() {
        var complianceCase = opened();
        var day = decideAfterSilence(complianceCase, SanctionStep.SECRETARIAT_RECOMMENDATIONS, OPENED);
        complianceCase.requestReply(day.plusDays(10), day);
        assertThatExceptionOfType(MembershipRuleViolation.class)
                .isThrownBy(() -> complianceCase.decide(SanctionStep.CORRECTIVE_ACTION, day.plusDays(11), null, "x", null))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("membership.case.due-date-required"));
    }

    @Test
    void aReplyCannotBeRequestedTwiceWhileTheFirstIsOpen() {
        var complianceCase = opened();
        complianceCase.requestReply(OPENED.plusDays(10), OPENED);
        assertThatExceptionOfType(MembershipRuleViolation.class)
                .isThrownBy(() -> complianceCase.requestReply(OPENED.plusDays(20), OPENED.plusDays(1)));
    }

    @Test
    void acceptingTheCorrectiveActionOfASuspendedCompanyResolvesTheCaseAndAsksForReinstatement() {
        var complianceCase = opened();
        var day = decideAfterSilence(complianceCase, SanctionStep.SECRETARIAT_RECOMMENDATIONS, OPENED);
        day = decideAfterSilence(complianceCase, SanctionStep.CORRECTIVE_ACTION, day);
        var suspendedOn = decideAfterSilence(complianceCase, SanctionStep.SUSPENSION, day);

        assertThat(complianceCase.resolve("Corrective action accepted", suspendedOn.plusDays(30))).isTrue();
        assertThat(complianceCase.resolvedOn()).isEqualTo(suspendedOn.plusDays(30));
        assertThat(complianceCase.nextStep()).isNull();
        assertThat(complianceCase.pendingEvents()).last().isEqualTo(new SanctionStepDecided(COMPANY, "CC-1",
                SanctionStep.SUSPENSION, suspendedOn.plusDays(30), null, true));
        assertThatExceptionOfType(MembershipRuleViolation.class)
                .isThrownBy(() -> complianceCase.requestReply(suspendedOn.plusDays(40), suspendedOn.plusDays(31)));
    }

    @Test
    void terminationEndsTheLadder() {
        var complianceCase = opened();
        var day = OPENED;
        for (var step : new SanctionStep[] { SanctionStep.SECRETARIAT_RECOMMENDATIONS, SanctionStep.CORRECTIVE_ACTION,
                SanctionStep.SUSPENSION, SanctionStep.TERMINATION }) {
            day = decideAfterSilence(complianceCase, step, day);
        }
        assertThat(complianceCase.nextStep()).isNull();
        assertThat(complianceCase.resolvedOn()).isEqualTo(day);
        assertThat(complianceCase.pendingEvents()).hasSize(5);
    }
}
