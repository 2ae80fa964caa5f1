package org.custodes.certification.body;

import java.time.LocalDate;
import java.util.Set;

import org.custodes.certification.StandardCode;
import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;

/** A certification body's acceptance terms were recorded or changed. */
public record CertificationBodySaved(OrganisationId certificationBody, AccreditationRoute route,
        Set<StandardCode> standards, LocalDate acceptedFrom) implements AuditableEvent {

    public CertificationBodySaved {
        standards = Set.copyOf(standards);
    }

    @Override
    public String auditSubject() {
        return "organisation:" + certificationBody;
    }
}
