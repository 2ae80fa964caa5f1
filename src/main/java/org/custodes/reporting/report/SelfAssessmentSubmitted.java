package org.custodes.reporting.report;

import java.time.LocalDate;

import org.custodes.reporting.CampaignId;
import org.custodes.reporting.ReportId;
import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;

/** A company submitted its self-assessment (again, after a clarification request, when {@code resubmission}). */
public record SelfAssessmentSubmitted(OrganisationId company, CampaignId campaign, ReportId report, int year,
        boolean late, boolean resubmission, LocalDate submittedOn) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "report:" + report;
    }
}
