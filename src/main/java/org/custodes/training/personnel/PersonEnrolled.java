package org.custodes.training.personnel;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;
import org.custodes.training.LearnerId;

public record PersonEnrolled(OrganisationId organisation, LearnerId learner) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "learner:" + learner.value();
    }
}
