package org.custodes.certification.cycle;

import java.time.LocalDate;

import org.custodes.certification.CertificateId;
import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/** A yearly surveillance audit of an external certificate fell due. */
public record SurveillanceAuditDue(CertificateId certificate, @Nullable OrganisationId company, AuditType audit,
        LocalDate dueOn) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "certificate:" + certificate;
    }
}
