package org.custodes.reporting.campaign;

import java.time.LocalDate;

import org.custodes.framework.LibraryVersionId;
import org.custodes.reporting.CampaignId;

/** A campaign with its counts. */
public record CampaignSummary(CampaignId id, int year, String title, LocalDate opensOn, LocalDate deadline,
        int graceDays, LibraryVersionId library, int participants, int submitted, CampaignPhase phase) {
}
