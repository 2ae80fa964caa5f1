package org.custodes.certification;

import java.time.LocalDate;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;

/**
 * The secretariat certified a company on a recognised standard, on the strength of an external certificate; the
 * certification is valid until that certificate's expiry unless it lapses earlier ({@link CertificationLapsed}).
 */
public record CompanyCertified(OrganisationId company, CertificationId certification, StandardCode standard,
        CertificateId externalCertificate, LocalDate certifiedOn, LocalDate validUntil, String decisionReference)
        implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "organisation:" + company;
    }
}
