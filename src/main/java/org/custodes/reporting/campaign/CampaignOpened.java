package org.custodes.reporting.campaign;

import java.time.LocalDate;

import org.custodes.framework.LibraryVersionId;
import org.custodes.reporting.CampaignId;
import org.custodes.shared.AuditableEvent;

/** The secretariat opened a self-assessment campaign. */
public record CampaignOpened(CampaignId campaign, int year, LocalDate opensOn, LocalDate deadline,
        LibraryVersionId library, int participants) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "campaign:" + campaign;
    }
}
