package org.custodes.certification;

import java.time.LocalDate;
import java.util.List;

/** One audit of the certification cycle: when, with what outcome, and the nonconformities it raised. */
public record AuditRecord(AuditType type, LocalDate date, String outcome, List<Nonconformity> nonconformities) {

    public AuditRecord {
        nonconformities = List.copyOf(nonconformities);
    }
}
