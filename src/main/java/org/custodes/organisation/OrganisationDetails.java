package org.custodes.organisation;

import java.time.Instant;
import java.util.List;

/** Everything the registry holds about one organisation, for its own page and the API. */
public record OrganisationDetails(OrganisationSummary organisation, List<Contact> contacts, long version,
        Instant registeredAt, Instant updatedAt) {

    public OrganisationDetails {
        contacts = List.copyOf(contacts);
    }
}
