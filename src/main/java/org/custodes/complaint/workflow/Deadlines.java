package org.custodes.complaint.workflow;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.custodes.complaint.ComplaintSettings;
import org.custodes.complaint.ComplaintStatus;

/** When each step of a case falls due, counting working days (Monday to Friday) where the policy says so. */
public final class Deadlines {

    private final ComplaintSettings settings;

    public Deadlines(ComplaintSettings settings) {
        this.settings = settings;
    }

    @Nullable LocalDate dueFor(ComplaintStatus status, LocalDate from) {
        return switch (status) {
            case RECEIVED -> plusWorkingDays(from, settings.acknowledgeWorkingDays());
            case ACKNOWLEDGED -> plusWorkingDays(from, settings.admissibilityWorkingDays());
            case ADMISSIBLE -> plusWorkingDays(from, settings.acknowledgeWorkingDays());
            case IN_PROCESS -> from.plusDays(settings.pathDays());
            case REMEDY_FOLLOW_UP -> from.plusDays(settings.remedyFollowUpDays());
            case NOT_ADMISSIBLE, OUTCOME_RECORDED -> plusWorkingDays(from, settings.acknowledgeWorkingDays());
            case CLOSED -> null;
        };
    }

    static LocalDate plusWorkingDays(LocalDate from, int days) {
        var date = from;
        var left = days;
        while (left > 0) {
            date = date.plusDays(1);
            if (date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY) {
                left--;
            }
        }
        return date;
    }
}
