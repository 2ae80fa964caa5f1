package org.custodes.governance.resolution;

import java.time.Instant;

import org.custodes.membership.MembershipPillar;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;

/** A director entitled to vote on a resolution, with their vote, their recusal, or neither yet. */
public record DirectorVote(UserId director, String name, OrganisationId organisation, MembershipPillar pillar,
        @Nullable VoteChoice choice, boolean recused, @Nullable String recusalReason, @Nullable Instant votedAt) {

    public boolean hasVoted() {
        return choice != null;
    }
}
