package org.custodes.organisation;

import java.util.Set;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;

/** The secretariat changed the facts of an organisation; {@code changedFacts} names what changed. */
public record OrganisationUpdated(OrganisationId organisation, OrganisationKind kind, String legalName,
        Set<String> changedFacts) implements AuditableEvent {

    public OrganisationUpdated {
        changedFacts = Set.copyOf(changedFacts);
    }

    @Override
    public String auditSubject() {
        return "organisation:" + organisation;
    }
}
