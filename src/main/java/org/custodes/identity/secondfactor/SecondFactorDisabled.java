package org.custodes.identity.secondfactor;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.UserId;

/** The account no longer signs in with a second factor; its recovery codes are gone with it. */
public record SecondFactorDisabled(UserId account) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "account:" + account;
    }
}
