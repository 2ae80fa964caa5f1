package org.custodes.governance;

import org.custodes.membership.MembershipPillar;
import org.custodes.membership.MembershipStatus;
import org.custodes.shared.OrganisationId;

/** A member organisation with the pillar it belongs to and whether it votes there, as membership stands today. */
public record ElectorateMember(OrganisationId organisation, String organisationName, MembershipPillar pillar,
        MembershipStatus status, VotingRight right) {
}
