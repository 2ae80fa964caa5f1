package org.custodes.certification.application;

import java.time.LocalDate;
import java.util.List;

import org.custodes.certification.CertificationId;
import org.custodes.shared.OrganisationId;

/** What an attestation of certification states: the company, each of its current certifications, and the date. */
public record CompanyAttestation(OrganisationId company, String companyName, LocalDate issuedOn,
        List<Certification> certifications) {

    public CompanyAttestation {
        certifications = List.copyOf(certifications);
    }

    /** One current certification and the external certificate it rests on. */
    public record Certification(CertificationId id, String standard, String certificateNumber, String certificationBody,
            LocalDate certifiedOn, LocalDate validUntil, String decisionReference) {
    }
}
