package org.custodes.identity.singlesignon;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.UserId;

/**
 * The identity provider signed a linked account in; {@code providerSecondFactor} says whether its second factor was
 * trusted in place of ours (otherwise our TOTP step follows, and {@link SignInSucceeded} comes after it).
 */
public record SingleSignOnAccepted(UserId account, String issuer, String subject, boolean providerSecondFactor)
        implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "account:" + account;
    }
}
