package org.custodes.reporting.report;

import java.time.LocalDate;
import java.util.List;

import org.custodes.reporting.CampaignId;
import org.custodes.reporting.ReportId;
import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;

/** A reviewer reopened chosen items of a submitted report for the company to clarify. */
public record ClarificationRequested(OrganisationId company, CampaignId campaign, ReportId report,
        List<String> indicatorCodes, LocalDate requestedOn) implements AuditableEvent {

    public ClarificationRequested {
        indicatorCodes = List.copyOf(indicatorCodes);
    }

    @Override
    public String auditSubject() {
        return "report:" + report;
    }
}
