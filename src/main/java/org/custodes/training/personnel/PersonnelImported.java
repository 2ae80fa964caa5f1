package org.custodes.training.personnel;

import java.util.UUID;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;

/** A company enrolled its personnel from a file (one event for the file, not one per person). */
public record PersonnelImported(OrganisationId organisation, UUID importId, int people) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "personnel-import:" + importId;
    }
}
