package org.custodes.membership;

import java.time.LocalDate;

import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/** A line of the secretariat's membership list. */
public record MembershipSummary(OrganisationId organisation, String organisationName, MembershipPillar pillar,
        MembershipStatus status, @Nullable LocalDate joinedOn, @Nullable LocalDate certificationDeadline,
        @Nullable LocalDate deadlinePassedOn, @Nullable TerminationGround proposedTerminationGround) {
}
