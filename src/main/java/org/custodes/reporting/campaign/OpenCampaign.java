package org.custodes.reporting.campaign;

import java.time.LocalDate;
import java.util.Set;

import org.custodes.framework.LibraryVersionId;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * Opens the yearly self-assessment. Without a library the newest version is used; without companies every company
 * obliged to report (members and affiliates, see {@link ReportingObligation}) takes part. Grace days follow the
 * deadline before non-submission is flagged.
 */
public record OpenCampaign(int year, String title, LocalDate opensOn, LocalDate deadline, int graceDays,
        @Nullable LibraryVersionId library, Set<OrganisationId> companies) {

    public OpenCampaign {
        companies = Set.copyOf(companies);
    }
}
