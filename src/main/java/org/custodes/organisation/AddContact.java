package org.custodes.organisation;

import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/** A person to add to an organisation's contacts: a name, a role or title, and at least one way to reach them. */
public record AddContact(OrganisationId organisation, String name, @Nullable String role, @Nullable String email,
        @Nullable String phone) {
}
