package org.custodes.certification.application;

import org.custodes.certification.CertificationId;
import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;

/** The secretariat asked the company for more information on its application (the question stays in the case). */
public record InformationRequested(CertificationId certification, OrganisationId company) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "certification:" + certification;
    }
}
