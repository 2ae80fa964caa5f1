package org.custodes.identity.account;

import java.util.Set;

import org.custodes.identity.Role;
import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;

/** An account now exists and holds these roles. */
public record AccountCreated(UserId account, OrganisationId organisation, Set<Role> roles) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "account:" + account;
    }
}
