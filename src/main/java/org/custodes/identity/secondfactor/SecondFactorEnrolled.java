package org.custodes.identity.secondfactor;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.UserId;

/** The account now signs in with an authenticator app (TOTP) as second factor. */
public record SecondFactorEnrolled(UserId account) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "account:" + account;
    }
}
