package org.custodes.governance;

import java.util.List;

import org.custodes.governance.resolution.Majority;
import org.custodes.membership.MembershipStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The governance rules a body sets for itself ({@code custodes.governance.*}); where the Articles do not publish a
 * rule the default is stated here. Board: 4 seats per pillar, 3-year terms (commonly reported, not confirmed),
 * resolutions by a simple majority of the votes for and against with 7 of the 12 directors taking part, decided
 * within 14 days by written procedure. Voting members of a pillar: members and certified members (transitional
 * members are members); affiliates and observers attend without a vote. A director from the organisation a
 * resolution concerns is recused; {@code recusePillarPeers} also recuses the directors of that pillar. The
 * General Assembly's convening notice goes out {@code noticeDays} (30) days before its pillar meetings.
 */
@ConfigurationProperties("custodes.governance")
public record GovernanceSettings(@DefaultValue("4") int seatsPerPillar, @DefaultValue("3") int termYears,
        @DefaultValue("7") int resolutionQuorum, @DefaultValue("SIMPLE") Majority resolutionMajority,
        @DefaultValue("14") int votingWindowDays, @Nullable List<MembershipStatus> votingStatuses,
        @DefaultValue("false") boolean recusePillarPeers, @DefaultValue("30") int noticeDays) {

    public GovernanceSettings {
        if (votingStatuses == null || votingStatuses.isEmpty()) {
            votingStatuses = List.of(MembershipStatus.MEMBER, MembershipStatus.CERTIFIED_MEMBER);
        }
        if (seatsPerPillar < 1 || termYears < 1 || resolutionQuorum < 1 || votingWindowDays < 1
                || noticeDays < 1) {
            throw new IllegalArgumentException("custodes.governance: seats, term, quorum and window must be positive");
        }
    }

    VotingRight rightOf(MembershipStatus status) {
        return votingStatuses.contains(status) ? VotingRight.VOTES : VotingRight.ATTENDS;
    }
}
