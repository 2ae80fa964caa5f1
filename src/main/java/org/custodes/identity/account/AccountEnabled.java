package org.custodes.identity.account;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;

/** A disabled account may sign in again. */
public record AccountEnabled(UserId account, @Nullable UserId enabledBy) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "account:" + account;
    }
}
