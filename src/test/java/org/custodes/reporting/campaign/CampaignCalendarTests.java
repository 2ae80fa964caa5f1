package org.custodes.reporting.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.custodes.reporting.ReportRefused;

class CampaignCalendarTests {

    final CampaignCalendar csa2026 = new CampaignCalendar(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 23), 14);

    @Test
    void phasesFollowTheOpeningTheDeadlineAndTheGracePeriod() {
        assertThat(csa2026.phase(LocalDate.of(2026, 6, 30))).isEqualTo(CampaignPhase.SCHEDULED);
        assertThat(csa2026.phase(LocalDate.of(2026, 7, 1))).isEqualTo(CampaignPhase.OPEN);
        assertThat(csa2026.phase(LocalDate.of(2026, 9, 23))).isEqualTo(CampaignPhase.OPEN);
        assertThat(csa2026.phase(LocalDate.of(2026, 9, 24))).isEqualTo(CampaignPhase.GRACE);
        assertThat(csa2026.phase(LocalDate.of(2026, 10, 7))).isEqualTo(CampaignPhase.GRACE);
        assertThat(csa2026.phase(LocalDate.of(2026, 10, 8))).isEqualTo(CampaignPhase.CLOSED);
    }

    @Test
    void aSubmissionAfterTheDeadlineIsLateAndNonSubmissionIsDueAfterTheGracePeriod() {
        assertThat(csa2026.late(LocalDate.of(2026, 9, 23))).isFalse();
        assertThat(csa2026.late(LocalDate.of(2026, 9, 24))).isTrue();
        assertThat(csa2026.nonSubmissionDue(LocalDate.of(2026, 10, 7))).isFalse();
        assertThat(csa2026.nonSubmissionDue(LocalDate.of(2026, 10, 8))).isTrue();
    }

    @Test
    void remindersGo30And7And1DaysBeforeTheDeadlineEachOnce() {
        var sent = new HashSet<Integer>();
        var days = 0;
        for (var day = LocalDate.of(2026, 6, 1); day.isBefore(LocalDate.of(2026, 10, 30)); day = day.plusDays(1)) {
            var due = csa2026.reminderDue(day, sent);
            if (due.isPresent()) {
                assertThat(csa2026.daysLeft(day)).isEqualTo(due.get().longValue());
                sent.add(due.get());
                days++;
            }
        }
        assertThat(sent).containsExactlyInAnyOrder(30, 7, 1);
        assertThat(days).isEqualTo(3);
    }

    @Test
    void aMissedDayIsMadeUpByTheNextReminderOnly() {
        assertThat(csa2026.reminderDue(LocalDate.of(2026, 9, 18), Set.of())).contains(7);
        assertThat(csa2026.reminderDue(LocalDate.of(2026, 9, 18), Set.of(7))).isEmpty();
        assertThat(csa2026.reminderDue(LocalDate.of(2026, 9, 23), Set.of(30, 7))).contains(1);
        assertThat(csa2026.reminderDue(LocalDate.of(2026, 9, 24), Set.of())).isEmpty();
    }

    @Test
    void aDeadlineBeforeTheOpeningIsRefused() {
        assertThatThrownBy(() -> new CampaignCalendar(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 6, 1), 0))
                .isInstanceOf(ReportRefused.class);
    }
}
