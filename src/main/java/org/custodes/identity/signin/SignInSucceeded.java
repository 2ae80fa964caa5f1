package org.custodes.identity.signin;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.UserId;

/** Someone is now fully signed in to the account, with a second factor or without one. */
public record SignInSucceeded(UserId account, boolean withSecondFactor) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "account:" + account;
    }
}
