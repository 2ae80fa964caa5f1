package org.custodes.reporting;

import java.util.UUID;

/** Identifies a campaign of the self-assessment. */
public record CampaignId(UUID value) implements java.io.Serializable {

    public static CampaignId of(String value) {
        return new CampaignId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
