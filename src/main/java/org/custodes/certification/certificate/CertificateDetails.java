package org.custodes.certification.certificate;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.custodes.certification.cycle.CertificateAudit;
import org.custodes.organisation.SecurityService;
import org.custodes.shared.CountryCode;

/** An external certificate with its scope, conditions and audits, for its body and the secretariat. */
public record CertificateDetails(CertificateSummary summary, Set<SecurityService> services, Set<CountryCode> countries,
        String sites, LocalDate originalIssueDate, String conditions, LocalDate statusSince, List<CertificateAudit> audits) {

    public CertificateDetails {
        services = Set.copyOf(services);
        countries = Set.copyOf(countries);
        audits = List.copyOf(audits);
    }
}
