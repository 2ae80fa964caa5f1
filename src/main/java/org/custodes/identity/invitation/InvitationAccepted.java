package org.custodes.identity.invitation;

import org.custodes.identity.InvitationId;
import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;

/** An invited person accepted and now has an account. */
public record InvitationAccepted(InvitationId invitation, OrganisationId organisation, UserId account) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "invitation:" + invitation;
    }
}
