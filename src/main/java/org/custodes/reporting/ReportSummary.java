package org.custodes.reporting;

import java.time.LocalDate;

import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/** A company's report in one campaign, without its answers. */
public record ReportSummary(ReportId id, CampaignId campaign, int year, String campaignTitle, OrganisationId company,
        String companyName, ReportStatus status, LocalDate opensOn, LocalDate deadline, boolean late,
        @Nullable LocalDate submittedOn, @Nullable Boolean satisfactory) {
}
