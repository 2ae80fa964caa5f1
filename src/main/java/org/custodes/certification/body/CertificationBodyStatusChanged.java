package org.custodes.certification.body;

import java.time.LocalDate;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;

/** A certification body's acceptance was suspended, withdrawn or restored. */
public record CertificationBodyStatusChanged(OrganisationId certificationBody, BodyStatus previous, BodyStatus current,
        LocalDate effectiveOn) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "organisation:" + certificationBody;
    }
}
