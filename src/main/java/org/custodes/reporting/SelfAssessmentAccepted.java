package org.custodes.reporting;

import java.time.LocalDate;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;

/**
 * A reviewer accepted a company's self-assessment, and judged it satisfactory or not; membership uses this for the
 * Affiliate rule (a satisfactory latest self-assessment).
 */
public record SelfAssessmentAccepted(OrganisationId company, CampaignId campaign, int year, boolean satisfactory,
        LocalDate acceptedOn) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "organisation:" + company;
    }
}
