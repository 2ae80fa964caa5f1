package org.custodes.identity.apitoken;

import org.custodes.identity.ApiTokenId;
import org.custodes.shared.AuditableEvent;
import org.custodes.shared.UserId;

/** A personal API token was revoked and stopped working. */
public record ApiTokenRevoked(ApiTokenId token, UserId account) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "account:" + account;
    }
}
