package org.custodes.certification.certificate;

import org.custodes.certification.CertificateId;
import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;

/** The secretariat matched an external certificate to a member company by hand. */
public record CertificateMatched(CertificateId certificate, OrganisationId company) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "certificate:" + certificate;
    }
}
