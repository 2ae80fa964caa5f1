package org.custodes.reporting;

import java.util.List;
import org.custodes.reporting.campaign.CampaignSummary;
import org.custodes.reporting.campaign.ParticipantStatus;

/** A campaign and every participant's standing. */
public record CampaignStatus(CampaignSummary campaign, List<ParticipantStatus> participants) {

    public CampaignStatus {
        participants = List.copyOf(participants);
    }
}
