package org.custodes.audit;

import java.time.LocalDate;

import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * What to look for in the audit log; every criterion is optional. The action matches exactly, the subject as a
 * prefix (so {@code organisation:} finds every organisation), the dates are inclusive days in UTC.
 */
public record AuditFilter(@Nullable String action, @Nullable String subject, @Nullable UserId actor,
        @Nullable LocalDate from, @Nullable LocalDate to) {

    public AuditFilter {
        action = blankToNull(action);
        subject = blankToNull(subject);
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null);
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
