package org.custodes.directory;

import java.time.LocalDate;
import java.util.List;

import org.custodes.organisation.SecurityService;
import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/** A company as a line of the public directory: who it is, where it works, what it offers, where it stands. */
public record CompanyListing(OrganisationId id, String legalName, String shortName, CountryCode countryOfRegistration,
        List<CountryCode> countriesOfOperation, List<SecurityService> services, Standing standing,
        @Nullable LocalDate standingSince, boolean correctiveActionOpen) {

    public CompanyListing {
        countriesOfOperation = List.copyOf(countriesOfOperation);
        services = List.copyOf(services);
    }
}
