package org.custodes.organisation;

import java.util.Set;

import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/** An organisation as other modules and pages see it. */
public record OrganisationSummary(OrganisationId id, OrganisationKind kind, String legalName, String shortName,
        CountryCode countryOfRegistration, Set<CountryCode> countriesOfOperation, Set<SecurityService> services,
        @Nullable String website) {
}
