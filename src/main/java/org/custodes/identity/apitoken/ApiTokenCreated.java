package org.custodes.identity.apitoken;

import org.custodes.identity.ApiTokenId;
import org.custodes.shared.AuditableEvent;
import org.custodes.shared.UserId;

/** A person created a personal API token (the secret is never part of the event). */
public record ApiTokenCreated(ApiTokenId token, UserId account, String name) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "account:" + account;
    }
}
