package org.custodes.training.credential;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;

/** New codes were issued for everyone at a site (their old cards stop working). */
public record CardsReissued(OrganisationId organisation, String site, int people) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "organisation:" + organisation.value();
    }
}
