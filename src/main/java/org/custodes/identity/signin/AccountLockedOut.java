package org.custodes.identity.signin;

import java.time.Instant;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.UserId;

/** Too many wrong passwords or codes in a row: the account refuses sign-in attempts until then. */
public record AccountLockedOut(UserId account, Instant lockedUntil) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "account:" + account;
    }
}
