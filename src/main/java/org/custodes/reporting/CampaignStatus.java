package org.custodes.reporting;

import java.util.List;

/** A campaign and every participant's standing. */
public record CampaignStatus(CampaignSummary campaign, List<ParticipantStatus> participants) {

    public CampaignStatus {
        participants = List.copyOf(participants);
    }
}
