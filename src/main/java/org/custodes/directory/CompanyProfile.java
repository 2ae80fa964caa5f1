package org.custodes.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A company's public profile: its listing plus its website, the address of its grievance mechanism (once membership
 * publishes it) and its certificates against recognised standards, as the certification module records them.
 */
public record CompanyProfile(CompanyListing listing, @Nullable String website, @Nullable String grievanceMechanismUrl,
        List<ListedCertificate> certificates) {

    public CompanyProfile {
        certificates = List.copyOf(certificates);
    }

    CompanyProfile withCertificates(List<ListedCertificate> listed) {
        return new CompanyProfile(listing, website, grievanceMechanismUrl, listed);
    }
}
