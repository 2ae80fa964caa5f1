package org.custodes.monitoring.finding;

import java.time.LocalDate;

import org.custodes.monitoring.ConcernId;
import org.custodes.monitoring.FindingId;
import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;

public record FindingRecorded(FindingId finding, String reference, ConcernId concern, OrganisationId company,
        int codeParagraph, FindingSeverity severity, LocalDate recordedOn) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "finding:" + finding;
    }
}
