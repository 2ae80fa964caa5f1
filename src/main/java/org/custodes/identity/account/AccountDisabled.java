package org.custodes.identity.account;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;

/** An account may no longer sign in; its sessions were ended and its API tokens stopped working. */
public record AccountDisabled(UserId account, @Nullable UserId disabledBy) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "account:" + account;
    }
}
