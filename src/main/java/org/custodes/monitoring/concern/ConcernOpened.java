package org.custodes.monitoring.concern;

import java.time.LocalDate;

import org.custodes.monitoring.ConcernCategory;
import org.custodes.monitoring.ConcernId;
import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;

public record ConcernOpened(ConcernId concern, String reference, OrganisationId company, ConcernCategory category,
        ConcernOrigin origin, LocalDate openedOn) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "concern:" + concern;
    }
}
