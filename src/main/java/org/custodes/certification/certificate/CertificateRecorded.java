package org.custodes.certification.certificate;

import java.time.LocalDate;

import org.custodes.certification.CertificateId;
import org.custodes.certification.StandardCode;
import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/** An external certificate was entered or updated by its body or the secretariat. */
public record CertificateRecorded(CertificateId certificate, String certificateNumber, StandardCode standard,
        OrganisationId certificationBody, @Nullable OrganisationId company, LocalDate currentIssueDate,
        LocalDate expiryDate, boolean created) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "certificate:" + certificate;
    }
}
