package org.custodes.organisation;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;

/** A new organisation entered the registry. */
public record OrganisationRegistered(OrganisationId organisation, OrganisationKind kind, String legalName)
        implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "organisation:" + organisation;
    }
}
