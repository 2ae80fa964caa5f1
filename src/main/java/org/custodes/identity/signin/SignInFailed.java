package org.custodes.identity.signin;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * A sign-in attempt was refused. The account is null when the e-mail address matches none; what was typed (address,
 * password, code) is never recorded.
 */
public record SignInFailed(@Nullable UserId account, Reason reason) implements AuditableEvent {

    public enum Reason {
        WRONG_PASSWORD, UNKNOWN_ACCOUNT, ACCOUNT_DISABLED, ACCOUNT_LOCKED, CLIENT_THROTTLED, WRONG_SECOND_FACTOR
    }

    @Override
    public String auditSubject() {
        return account == null ? "account:unknown" : "account:" + account;
    }
}
