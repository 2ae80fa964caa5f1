package org.custodes.organisation;

import org.custodes.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * Filters for the registry; each one left null matches everything. {@code name} matches any part of the legal or
 * short name, ignoring case and accents.
 */
public record OrganisationSearch(@Nullable String name, @Nullable OrganisationKind kind,
        @Nullable CountryCode countryOfOperation, @Nullable SecurityService service) {

    public OrganisationSearch {
        name = name == null || name.isBlank() ? null : name.strip();
    }

    public static OrganisationSearch everything() {
        return new OrganisationSearch(null, null, null, null);
    }
}
