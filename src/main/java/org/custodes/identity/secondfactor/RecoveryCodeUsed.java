package org.custodes.identity.secondfactor;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.UserId;

/** A recovery code replaced the authenticator at sign-in; it cannot be used again. */
public record RecoveryCodeUsed(UserId account, long codesLeft) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "account:" + account;
    }
}
