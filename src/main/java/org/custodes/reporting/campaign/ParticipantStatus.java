package org.custodes.reporting.campaign;

import java.time.LocalDate;

import org.custodes.reporting.ReportId;
import org.custodes.reporting.ReportStatus;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/** One company's standing in a campaign, for the secretariat's status page. */
public record ParticipantStatus(OrganisationId company, String companyName, ReportId report, ReportStatus status,
        boolean late, @Nullable LocalDate submittedOn, @Nullable LocalDate flaggedNotSubmittedOn) {
}
