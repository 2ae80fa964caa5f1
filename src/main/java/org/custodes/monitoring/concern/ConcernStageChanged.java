package org.custodes.monitoring.concern;

import java.time.LocalDate;

import org.custodes.monitoring.ConcernId;
import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;

/** A concern moved along the escalation path. */
public record ConcernStageChanged(ConcernId concern, String reference, OrganisationId company, ConcernStage from,
        ConcernStage to, LocalDate on) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "concern:" + concern;
    }
}
