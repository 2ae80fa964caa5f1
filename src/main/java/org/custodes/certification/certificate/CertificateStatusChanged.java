package org.custodes.certification.certificate;

import java.time.LocalDate;

import org.custodes.certification.CertificateId;
import org.custodes.certification.CertificateStatus;
import org.custodes.certification.StandardCode;
import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * An external certificate's status changed (or it was first recorded, then {@code previous} is null).
 * {@code company} is null while the certificate is not matched to a member company.
 */
public record CertificateStatusChanged(CertificateId certificate, String certificateNumber, StandardCode standard,
        OrganisationId certificationBody, @Nullable OrganisationId company, @Nullable CertificateStatus previous,
        CertificateStatus current, LocalDate effectiveOn, LocalDate expiresOn) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "certificate:" + certificate;
    }
}
