package org.custodes.identity.invitation;

import org.custodes.identity.InvitationId;
import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;

/** The secretariat withdrew an invitation before it was accepted. */
public record InvitationRevoked(InvitationId invitation, OrganisationId organisation, @Nullable UserId revokedBy) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "invitation:" + invitation;
    }
}
