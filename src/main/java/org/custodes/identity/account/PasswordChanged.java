package org.custodes.identity.account;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.UserId;

/** An account's password changed (through a reset link); its other sessions were ended. */
public record PasswordChanged(UserId account) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "account:" + account;
    }
}
