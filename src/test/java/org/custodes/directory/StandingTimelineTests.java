package org.custodes.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.custodes.directory.StandingFact.MembershipChange;
import org.custodes.directory.StandingFact.SanctionDecision;
import org.custodes.membership.MembershipStatus;
import org.custodes.membership.SanctionStep;
import org.junit.jupiter.api.Test;

class StandingTimelineTests {

    static final LocalDate APPLIED = LocalDate.of(2024, 3, 1);
    static final LocalDate ADMITTED = LocalDate.of(2024, 6, 15);
    static final LocalDate CORRECTIVE = LocalDate.of(2025, 2, 1);
    static final LocalDate RESOLVED = LocalDate.of(2025, 5, 1);
    static final LocalDate CERTIFIED = LocalDate.of(2025, 9, 1);

    static List<StandingFact> history() {
        return List.of(
                new MembershipChange(1, APPLIED, MembershipStatus.APPLICANT),
                new MembershipChange(2, ADMITTED, MembershipStatus.MEMBER),
                new SanctionDecision(3, CORRECTIVE.minusDays(20), "CASE-1", SanctionStep.COMPLIANCE_CONCERN, false),
                new SanctionDecision(4, CORRECTIVE, "CASE-1", SanctionStep.CORRECTIVE_ACTION, false),
                new SanctionDecision(5, RESOLVED, "CASE-1", SanctionStep.CORRECTIVE_ACTION, true),
                new MembershipChange(6, CERTIFIED, MembershipStatus.CERTIFIED_MEMBER));
    }

    @Test
    void keepsOnePeriodPerPublicChangeWithTheDayTheStandingBegan() {
        assertThat(StandingTimeline.periods(history())).containsExactly(
                new StandingPeriod(APPLIED, Standing.APPLICANT, APPLIED, false),
                new StandingPeriod(ADMITTED, Standing.MEMBER, ADMITTED, false),
                new StandingPeriod(CORRECTIVE, Standing.MEMBER, ADMITTED, true),
                new StandingPeriod(RESOLVED, Standing.MEMBER, ADMITTED, false),
                new StandingPeriod(CERTIFIED, Standing.CERTIFIED_MEMBER, CERTIFIED, false));
    }

    @Test
    void answersAsOfAnyDateFromTheHistory() {
        var periods = StandingTimeline.periods(history());
        assertThat(StandingTimeline.asOf(periods, APPLIED.minusDays(1))).isEmpty();
        assertThat(StandingTimeline.asOf(periods, APPLIED)).get().extracting(StandingPeriod::standing).isEqualTo(Standing.APPLICANT);
        assertThat(StandingTimeline.asOf(periods, ADMITTED.minusDays(1))).get().extracting(StandingPeriod::standing).isEqualTo(Standing.APPLICANT);
        assertThat(StandingTimeline.asOf(periods, CORRECTIVE.plusDays(3))).get()
                .isEqualTo(new StandingPeriod(CORRECTIVE, Standing.MEMBER, ADMITTED, true));
        assertThat(StandingTimeline.asOf(periods, LocalDate.of(2030, 1, 1))).get().extracting(StandingPeriod::standing)
                .isEqualTo(Standing.CERTIFIED_MEMBER);
    }

    @Test
    void arrivalOrderDoesNotMatterAcrossDaysAndABackDatedDecisionLandsInPlace() {
        var shuffled = new ArrayList<>(history());
        Collections.reverse(shuffled);
        assertThat(StandingTimeline.periods(shuffled)).isEqualTo(StandingTimeline.periods(history()));
    }

    @Test
    void onTheSameDayTheLastFactToArriveWinsAndOnlyTheEndOfTheDayIsKept() {
        var sameDay = List.<StandingFact>of(
                new MembershipChange(1, ADMITTED, MembershipStatus.APPLICANT),
                new MembershipChange(2, ADMITTED, MembershipStatus.MEMBER));
        assertThat(StandingTimeline.periods(sameDay)).containsExactly(new StandingPeriod(ADMITTED, Standing.MEMBER, ADMITTED, false));
    }

    @Test
    void confidentialStepsLeaveNoMarkAndSuspensionKeepsTheMarkerOpenUntilResolved() {
        var facts = List.<StandingFact>of(
                new MembershipChange(1, ADMITTED, MembershipStatus.MEMBER),
                new SanctionDecision(2, CORRECTIVE, "C", SanctionStep.SECRETARIAT_RECOMMENDATIONS, false),
                new SanctionDecision(3, CORRECTIVE.plusDays(30), "C", SanctionStep.SUSPENSION, false),
                new MembershipChange(4, CORRECTIVE.plusDays(30), MembershipStatus.SUSPENDED),
                new SanctionDecision(5, RESOLVED, "C", SanctionStep.SUSPENSION, true),
                new MembershipChange(6, RESOLVED, MembershipStatus.MEMBER));
        assertThat(StandingTimeline.periods(facts)).containsExactly(
                new StandingPeriod(ADMITTED, Standing.MEMBER, ADMITTED, false),
                new StandingPeriod(CORRECTIVE.plusDays(30), Standing.SUSPENDED, CORRECTIVE.plusDays(30), true),
                new StandingPeriod(RESOLVED, Standing.MEMBER, RESOLVED, false));
    }

    @Test
    void twoOpenCasesKeepTheMarkerUntilBothAreResolved() {
        var facts = List.<StandingFact>of(
                new MembershipChange(1, ADMITTED, MembershipStatus.MEMBER),
                new SanctionDecision(2, CORRECTIVE, "A", SanctionStep.CORRECTIVE_ACTION, false),
                new SanctionDecision(3, CORRECTIVE.plusDays(1), "B", SanctionStep.CORRECTIVE_ACTION, false),
                new SanctionDecision(4, RESOLVED, "A", SanctionStep.CORRECTIVE_ACTION, true));
        assertThat(StandingTimeline.asOf(StandingTimeline.periods(facts), RESOLVED.plusDays(1))).get()
                .extracting(StandingPeriod::correctiveActionOpen).isEqualTo(true);
    }
}
