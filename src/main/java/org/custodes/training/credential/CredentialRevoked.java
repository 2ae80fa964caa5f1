package org.custodes.training.credential;

import java.time.LocalDate;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;
import org.custodes.training.CompletionId;

public record CredentialRevoked(OrganisationId organisation, CompletionId completion, LocalDate revokedOn, String reason)
        implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "completion:" + completion.value();
    }
}
