package org.custodes.training;

import java.time.LocalDate;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;

public record CredentialRevoked(OrganisationId organisation, CompletionId completion, LocalDate revokedOn, String reason)
        implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "completion:" + completion.value();
    }
}
