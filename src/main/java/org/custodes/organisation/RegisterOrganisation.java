package org.custodes.organisation;

import java.util.Set;

import org.custodes.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/** The facts needed to add an organisation to the registry. */
public record RegisterOrganisation(OrganisationKind kind, String legalName, String shortName,
        CountryCode countryOfRegistration, Set<CountryCode> countriesOfOperation, Set<SecurityService> services,
        @Nullable String website) {

    public RegisterOrganisation {
        countriesOfOperation = Set.copyOf(countriesOfOperation);
        services = Set.copyOf(services);
    }
}
