package org.custodes.certification;

import java.time.LocalDate;
import java.util.Set;

import org.custodes.organisation.SecurityService;
import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;

/**
 * What anyone may know about an external certificate: number, standard, body, company, status, dates and scope.
 * Audits, nonconformities and conditions stay internal.
 */
public record PublicCertificate(CertificateId id, String number, StandardCode standard, String standardName,
        String certificationBody, OrganisationId company, String companyName, CertificateStatus status,
        LocalDate issuedOn, LocalDate expiresOn, Set<SecurityService> services, Set<CountryCode> countries,
        String sites) {

    public PublicCertificate {
        services = Set.copyOf(services);
        countries = Set.copyOf(countries);
    }
}
