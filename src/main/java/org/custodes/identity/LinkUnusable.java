package org.custodes.identity;

import org.custodes.shared.BusinessRuleViolation;

/**
 * An invitation or password-reset link that is unknown, expired, already used or revoked. One exception for all
 * four cases, so that no page can tell an attacker which one it was.
 */
public class LinkUnusable extends BusinessRuleViolation {

    public LinkUnusable() {
        super("identity.link.unusable");
    }
}
