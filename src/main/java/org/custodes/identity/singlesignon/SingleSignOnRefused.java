package org.custodes.identity.singlesignon;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * A sign-in with the identity provider was refused. The account is known when the provider's identity is linked or
 * its verified e-mail matches one; the issuer and subject name the provider's identity, never its tokens.
 */
public record SingleSignOnRefused(@Nullable UserId account, String issuer, String subject, String reason)
        implements AuditableEvent {

    @Override
    public String auditSubject() {
        return account == null ? "account:unknown" : "account:" + account;
    }
}
