package org.custodes.identity;

import java.util.Set;

import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;

/** Invite a person to hold these roles for an organisation; they choose their password when they accept. */
public record InvitePerson(OrganisationId organisation, String email, String displayName, Language language,
        Set<Role> roles) {

    public InvitePerson {
        email = email.strip();
        displayName = displayName.strip();
        roles = Set.copyOf(roles);
    }
}
