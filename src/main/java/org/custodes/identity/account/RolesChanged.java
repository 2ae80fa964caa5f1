package org.custodes.identity.account;

import java.util.Set;

import org.custodes.identity.Role;
import org.custodes.shared.AuditableEvent;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;

/** An account's roles were replaced; its sessions were ended so the change applies at once. */
public record RolesChanged(UserId account, Set<Role> before, Set<Role> after, @Nullable UserId changedBy) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "account:" + account;
    }
}
