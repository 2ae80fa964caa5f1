package org.custodes.identity;

import java.util.List;
import java.util.Set;

import org.custodes.organisation.OrganisationSummary;

/** The people of an organisation: accounts, pending invitations, and the roles its kind allows. */
public record OrganisationUsers(OrganisationSummary organisation, List<AccountSummary> accounts,
        List<InvitationSummary> pendingInvitations, Set<Role> allowedRoles) {
}
