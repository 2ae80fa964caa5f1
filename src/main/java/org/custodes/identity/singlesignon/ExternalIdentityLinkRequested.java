package org.custodes.identity.singlesignon;

import java.util.UUID;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.UserId;

/** A first sign-in with the provider asked to link its identity to an account; an administrator decides. */
public record ExternalIdentityLinkRequested(UUID link, UserId account, String issuer, String subject) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "account:" + account;
    }
}
