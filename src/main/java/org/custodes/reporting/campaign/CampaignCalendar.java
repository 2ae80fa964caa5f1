package org.custodes.reporting.campaign;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.custodes.reporting.ReportRefused;

/**
 * The dates of a campaign and what follows from them: its phase on a day, whether a submission is late, which
 * reminder is due, and when non-submission is flagged. Pure: the day is always given.
 */
public record CampaignCalendar(LocalDate opensOn, LocalDate deadline, int graceDays) {

    /** Reminders go this many days before the deadline, each once. */
    static final List<Integer> REMINDER_DAYS = List.of(30, 7, 1);

    public CampaignCalendar {
        if (deadline.isBefore(opensOn)) {
            throw new ReportRefused("reporting.campaign.deadline-before-opening");
        }
        if (graceDays < 0 || graceDays > 365) {
            throw new ReportRefused("reporting.campaign.grace.invalid");
        }
    }

    public CampaignPhase phase(LocalDate today) {
        if (today.isBefore(opensOn)) {
            return CampaignPhase.SCHEDULED;
        }
        if (!today.isAfter(deadline)) {
            return CampaignPhase.OPEN;
        }
        return today.isAfter(lastDayOfGrace()) ? CampaignPhase.CLOSED : CampaignPhase.GRACE;
    }

    LocalDate lastDayOfGrace() {
        return deadline.plusDays(graceDays);
    }

    public boolean late(LocalDate submittedOn) {
        return submittedOn.isAfter(deadline);
    }

    long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadline);
    }

    /**
     * The reminder due today, given those already sent: the nearest of 30, 7 and 1 days that is not past. A day the
     * job missed is made up by the next reminder, never by two at once, and none is sent twice.
     */
    Optional<Integer> reminderDue(LocalDate today, Set<Integer> alreadySent) {
        if (today.isBefore(opensOn)) {
            return Optional.empty();
        }
        var left = daysLeft(today);
        if (left < 0) {
            return Optional.empty();
        }
        return REMINDER_DAYS.stream().filter(days -> days >= left).min(Integer::compare)
                .filter(days -> !alreadySent.contains(days));
    }

    boolean nonSubmissionDue(LocalDate today) {
        return today.isAfter(lastDayOfGrace());
    }
}
