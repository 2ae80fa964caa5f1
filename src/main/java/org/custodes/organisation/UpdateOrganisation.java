package org.custodes.organisation;

import java.util.Set;

import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * New facts for a registered organisation. {@code expectedVersion}, when given, is the version the editor saw: the
 * update is refused if someone changed the organisation since.
 */
public record UpdateOrganisation(OrganisationId organisation, OrganisationKind kind, String legalName,
        String shortName, CountryCode countryOfRegistration, Set<CountryCode> countriesOfOperation,
        Set<SecurityService> services, @Nullable String website, @Nullable Long expectedVersion) {

    public UpdateOrganisation {
        countriesOfOperation = Set.copyOf(countriesOfOperation);
        services = Set.copyOf(services);
    }
}
