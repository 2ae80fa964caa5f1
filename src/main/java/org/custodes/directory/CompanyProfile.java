package org.custodes.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A company's public profile: its listing plus its website, the address of its grievance mechanism (once membership
 * publishes it) and its ICoCA certificates (once certification publishes them).
 */
public record CompanyProfile(CompanyListing listing, @Nullable String website, @Nullable String grievanceMechanismUrl,
        List<ListedCertificate> certificates) {

    public CompanyProfile {
        certificates = List.copyOf(certificates);
    }
}
