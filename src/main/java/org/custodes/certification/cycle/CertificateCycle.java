package org.custodes.certification.cycle;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.custodes.certification.CertificateStatus;
import org.custodes.certification.LapseReason;

/**
 * What the daily cycle owes a certificate on a given day, given what it already did: surveillance audits falling
 * due on the first and second anniversaries of issue, expiry warnings at the configured days before expiry (each
 * once, and only the most urgent when several are overdue at once), the expiry itself, and the lapse of
 * certification on a missed surveillance audit or once a withdrawn body's grace period is over.
 */
final class CertificateCycle {

    /** Something done once for a certificate, identified by its kind and the date it refers to. */
    record Mark(String name, LocalDate referenceDate) {
    }

    record Snapshot(CertificateStatus status, LocalDate currentIssueDate, LocalDate expiryDate, Set<AuditType> audits,
            @Nullable LocalDate bodyWithdrawnOn) {
    }

    sealed interface Action {
        /** The marks to remember once the action is done. */
        List<Mark> marks();
    }

    record SurveillanceDue(AuditType audit, LocalDate dueOn) implements Action {
        public List<Mark> marks() {
            return List.of(new Mark(audit + "_DUE", dueOn));
        }
    }

    record ExpiryWarning(int daysBefore, LocalDate expiryDate, List<Mark> marks) implements Action {
    }

    record Expire(LocalDate effectiveOn, LocalDate expiryDate) implements Action {
        public List<Mark> marks() {
            return List.of(new Mark("EXPIRED", expiryDate));
        }
    }

    record Lapse(LapseReason reason, LocalDate lapsedOn, Mark mark) implements Action {
        public List<Mark> marks() {
            return List.of(mark);
        }
    }

    private CertificateCycle() {
    }

    static List<Action> due(Snapshot certificate, LocalDate today, Set<Mark> done, List<Integer> warningDays,
            Period surveillanceTolerance, Period withdrawalGrace) {
        var actions = new ArrayList<Action>();
        if (certificate.status() != CertificateStatus.ACTIVE && certificate.status() != CertificateStatus.SUSPENDED) {
            return actions;
        }
        var expiry = certificate.expiryDate();
        surveillance(certificate, today, done, surveillanceTolerance, actions);
        if (!today.isAfter(expiry)) {
            warning(expiry, today, done, warningDays).ifPresent(actions::add);
        } else if (!done.contains(new Mark("EXPIRED", expiry))) {
            actions.add(new Expire(expiry.plusDays(1), expiry));
        }
        var withdrawn = certificate.bodyWithdrawnOn();
        if (withdrawn != null) {
            var graceEnds = withdrawn.plus(withdrawalGrace);
            var mark = new Mark("BODY_WITHDRAWN", withdrawn);
            if (!today.isBefore(graceEnds) && !done.contains(mark)) {
                actions.add(new Lapse(LapseReason.BODY_ACCEPTANCE_WITHDRAWN, graceEnds, mark));
            }
        }
        return actions;
    }

    private static void surveillance(Snapshot certificate, LocalDate today, Set<Mark> done, Period tolerance,
            List<Action> actions) {
        var audits = List.of(AuditType.SURVEILLANCE_1, AuditType.SURVEILLANCE_2);
        for (int year = 1; year <= audits.size(); year++) {
            var audit = audits.get(year - 1);
            var dueOn = certificate.currentIssueDate().plusYears(year);
            if (!dueOn.isBefore(certificate.expiryDate()) || today.isBefore(dueOn) || certificate.audits().contains(audit)) {
                continue;
            }
            var due = new SurveillanceDue(audit, dueOn);
            if (!done.containsAll(due.marks())) {
                actions.add(due);
            }
            var lateFrom = dueOn.plus(tolerance);
            var missed = new Mark("MISSED_" + audit, dueOn);
            if (today.isAfter(lateFrom) && !done.contains(missed)) {
                actions.add(new Lapse(LapseReason.MISSED_SURVEILLANCE, lateFrom.plusDays(1), missed));
            }
        }
    }

    private static java.util.Optional<Action> warning(LocalDate expiry, LocalDate today, Set<Mark> done,
            List<Integer> warningDays) {
        long daysLeft = ChronoUnit.DAYS.between(today, expiry);
        var passed = warningDays.stream().filter(days -> daysLeft <= days).sorted().toList();
        if (passed.isEmpty()) {
            return java.util.Optional.empty();
        }
        int mostUrgent = passed.getFirst();
        var urgentMark = new Mark("WARNING_" + mostUrgent, expiry);
        if (done.contains(urgentMark)) {
            return java.util.Optional.empty();
        }
        // Thresholds passed while nobody looked are remembered as handled: one warning, the most urgent one.
        var marks = passed.stream().map(days -> new Mark("WARNING_" + days, expiry)).filter(m -> !done.contains(m)).toList();
        return java.util.Optional.of(new ExpiryWarning(mostUrgent, expiry, marks));
    }
}
