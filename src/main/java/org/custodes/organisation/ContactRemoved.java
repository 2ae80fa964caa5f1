package org.custodes.organisation;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;

/** A contact person was removed from an organisation. */
public record ContactRemoved(OrganisationId organisation, ContactId contact) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "organisation:" + organisation;
    }
}
