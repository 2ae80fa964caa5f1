package org.custodes.membership.outcome;

import java.time.LocalDate;

/**
 * When a member company must be certified: 31 December of the n-th calendar year after it joined (n = 3 by default,
 * {@code custodes.membership.certification-deadline-years}). The older two-year rule is kept as history only.
 */
public record CertificationDeadlinePolicy(int yearsAfterJoining) {

    public CertificationDeadlinePolicy {
        if (yearsAfterJoining < 0) {
            throw new IllegalArgumentException("yearsAfterJoining must not be negative");
        }
    }

    public LocalDate deadlineFor(LocalDate joinedOn) {
        return LocalDate.of(joinedOn.getYear() + yearsAfterJoining, 12, 31);
    }
}
