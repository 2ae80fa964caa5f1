package org.custodes.certification.cycle;

import java.time.LocalDate;
import java.util.List;

/** Record (or replace) one audit of a certificate's cycle. */
public record RecordAudit(AuditType type, LocalDate date, String outcome, List<Nonconformity> nonconformities) {

    public RecordAudit {
        nonconformities = List.copyOf(nonconformities);
    }
}
