package org.custodes.training;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;

public record PersonEnrolled(OrganisationId organisation, LearnerId learner) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "learner:" + learner.value();
    }
}
