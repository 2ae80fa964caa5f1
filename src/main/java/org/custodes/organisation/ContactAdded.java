package org.custodes.organisation;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;

/** A contact person was added to an organisation. The audit log keeps the name, not the e-mail or phone. */
public record ContactAdded(OrganisationId organisation, ContactId contact, String name) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "organisation:" + organisation;
    }
}
