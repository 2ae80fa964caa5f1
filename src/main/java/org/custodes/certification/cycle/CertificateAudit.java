package org.custodes.certification.cycle;

import java.time.LocalDate;
import java.util.List;

/** One audit of the certification cycle: when, with what outcome, and the nonconformities it raised. */
public record CertificateAudit(AuditType type, LocalDate date, String outcome, List<Nonconformity> nonconformities) {

    public CertificateAudit {
        nonconformities = List.copyOf(nonconformities);
    }
}
