package org.custodes.reporting;

import java.time.LocalDate;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;

/**
 * A company had not submitted its self-assessment when the deadline and its grace period had passed: a published
 * ground for termination, so membership may open a proposal. Published once per company and campaign.
 */
public record SelfAssessmentNotSubmitted(OrganisationId company, CampaignId campaign, int year, LocalDate flaggedOn)
        implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "organisation:" + company;
    }
}
