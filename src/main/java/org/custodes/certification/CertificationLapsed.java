package org.custodes.certification;

import java.time.LocalDate;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;

/** A company's certification stopped being valid on that date, for that reason. Published once per certification. */
public record CertificationLapsed(OrganisationId company, CertificationId certification, LocalDate lapsedOn,
        LapseReason reason) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "organisation:" + company;
    }
}
