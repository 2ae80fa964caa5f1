package org.custodes.certification.certificate;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.custodes.certification.CertificateStatus;
import org.custodes.certification.StandardCode;
import org.custodes.certification.cycle.RecordAudit;
import org.custodes.organisation.SecurityService;
import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * Enter or update an external certificate; (certification body, certificate number) identifies it, so sending the
 * same certificate again updates it. A body's auditor may leave {@code certificationBody} empty: it is their own.
 * The company is the organisation {@code company}, else the member company whose legal name is {@code companyName}.
 * Without an expiry date the certificate runs three years from its current issue date.
 */
public record RecordCertificate(String certificateNumber, StandardCode standard,
        @Nullable OrganisationId certificationBody, @Nullable OrganisationId company, @Nullable String companyName,
        Set<SecurityService> services, Set<CountryCode> countries, String sites, @Nullable LocalDate originalIssueDate,
        LocalDate currentIssueDate, @Nullable LocalDate expiryDate, String conditions, CertificateStatus status,
        List<RecordAudit> audits) {

    public RecordCertificate {
        certificateNumber = certificateNumber.strip();
        services = Set.copyOf(services);
        countries = Set.copyOf(countries);
        sites = sites.strip();
        conditions = conditions.strip();
        audits = List.copyOf(audits);
        companyName = companyName == null || companyName.isBlank() ? null : companyName.strip();
    }

    /** The expiry date, defaulting to three years after the current issue, the usual length of a cycle. */
    public LocalDate effectiveExpiryDate() {
        return expiryDate != null ? expiryDate : currentIssueDate.plusYears(3);
    }

    public LocalDate effectiveOriginalIssueDate() {
        return originalIssueDate != null ? originalIssueDate : currentIssueDate;
    }

    public RecordCertificate withCertificationBody(OrganisationId body) {
        return new RecordCertificate(certificateNumber, standard, body, company, companyName, services, countries, sites,
                originalIssueDate, currentIssueDate, expiryDate, conditions, status, audits);
    }
}
