package org.custodes.identity.invitation;

import java.util.Set;

import org.custodes.identity.InvitationId;
import org.custodes.identity.Role;
import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;

/** An invitation was e-mailed to a person to join an organisation with these roles. */
public record InvitationIssued(InvitationId invitation, OrganisationId organisation, Set<Role> roles, @Nullable UserId invitedBy) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "invitation:" + invitation;
    }
}
