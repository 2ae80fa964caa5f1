package org.custodes.certification.cycle;

import java.time.LocalDate;

import org.custodes.certification.CertificateId;
import org.custodes.shared.AuditableEvent;

/** An audit of an external certificate's cycle was recorded or corrected. */
public record AuditRecorded(CertificateId certificate, AuditType type, LocalDate date, int majorNonconformities,
        int minorNonconformities) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "certificate:" + certificate;
    }
}
