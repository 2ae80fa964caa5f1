package org.custodes.membership;

import java.time.LocalDate;
import java.util.List;

import org.custodes.membership.sanction.RightOfReply;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A membership as pages and other modules see it: the current status, the certification deadline of a member
 * company (and whether the secretariat was told it passed), a pending termination proposal, and the history.
 */
public record MembershipDetails(OrganisationId organisation, MembershipPillar pillar, MembershipStatus status,
        @Nullable LocalDate joinedOn, @Nullable LocalDate certificationDeadline, @Nullable LocalDate deadlinePassedOn,
        @Nullable MembershipStatus statusBeforeSuspension, @Nullable TerminationGround proposedTerminationGround,
        @Nullable RightOfReply terminationReply, List<StatusChange> history) {

    public MembershipDetails {
        history = List.copyOf(history);
    }
}
