package org.custodes.identity.singlesignon;

import java.util.UUID;

import org.custodes.identity.ExternalIdentityLink;
import org.custodes.shared.AuditableEvent;
import org.custodes.shared.UserId;

/** An administrator approved or refused a link of a provider identity to an account. */
public record ExternalIdentityLinkDecided(UUID link, UserId account, ExternalIdentityLink.Status decision, UserId by)
        implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "account:" + account;
    }
}
