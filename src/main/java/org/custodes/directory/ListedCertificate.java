package org.custodes.directory;

import java.time.LocalDate;

import org.custodes.certification.PublicCertificate;

/** A certificate as the public sees it: its number, the standard, who certified, its status on the day asked. */
public record ListedCertificate(String number, String standard, String certificationBody, String status,
        LocalDate issuedOn, LocalDate validUntil) {

    static ListedCertificate of(PublicCertificate certificate) {
        return new ListedCertificate(certificate.number(), certificate.standardName(), certificate.certificationBody(),
                certificate.status().name(), certificate.issuedOn(), certificate.expiresOn());
    }
}
