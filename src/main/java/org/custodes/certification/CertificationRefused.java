package org.custodes.certification;

import java.time.LocalDate;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;

/** The secretariat refused a company's application for certification, with its reasons. */
public record CertificationRefused(OrganisationId company, CertificationId certification, StandardCode standard,
        CertificateId externalCertificate, LocalDate refusedOn, String reasons, String decisionReference)
        implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "organisation:" + company;
    }
}
