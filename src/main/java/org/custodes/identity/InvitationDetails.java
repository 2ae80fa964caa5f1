package org.custodes.identity;

import java.util.Set;

import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;

/** What an invited person sees before accepting: who invited them into which organisation, as what. */
public record InvitationDetails(OrganisationId organisation, String organisationName, String email,
        String displayName, Language language, Set<Role> roles) {
}
