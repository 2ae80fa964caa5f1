package org.custodes.training.credential;

import java.time.LocalDate;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Recurrent training: a completion of a course with a validity expires that many months after it was completed,
 * holds through its last day, and from the day after the person is enrolled in the course again, with the attempts
 * allowed counted afresh. A course without a validity never expires.
 */
public final class RenewalPolicy {

    private RenewalPolicy() {
    }

    public static @Nullable LocalDate expiresOn(LocalDate completedOn, @Nullable Integer validityMonths) {
        return validityMonths == null ? null : completedOn.plusMonths(validityMonths);
    }

    public static boolean current(@Nullable LocalDate expiresOn, LocalDate today) {
        return expiresOn == null || !expiresOn.isBefore(today);
    }

    /** The day the person was enrolled again, after the last completion expired; empty while it holds or if none. */
    public static Optional<LocalDate> reEnrolledOn(@Nullable LocalDate lastExpiry, LocalDate today) {
        if (lastExpiry == null || current(lastExpiry, today)) {
            return Optional.empty();
        }
        return Optional.of(lastExpiry.plusDays(1));
    }
}
