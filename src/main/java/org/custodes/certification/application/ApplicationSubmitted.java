package org.custodes.certification.application;

import org.custodes.certification.CertificateId;
import org.custodes.certification.CertificationId;
import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;

/** A company submitted (or re-submitted with its answers) an application for certification. */
public record ApplicationSubmitted(CertificationId certification, OrganisationId company, CertificateId externalCertificate)
        implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "certification:" + certification;
    }
}
