package org.custodes.identity.secondfactor;

import org.custodes.shared.AuditableEvent;
import org.custodes.shared.UserId;

/** The account's recovery codes were replaced by a new set; the old ones no longer work. */
public record RecoveryCodesRegenerated(UserId account) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "account:" + account;
    }
}
