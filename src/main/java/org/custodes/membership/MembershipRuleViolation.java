package org.custodes.membership;

import org.custodes.shared.BusinessRuleViolation;

/** A membership rule refused the request; the key names the rule in the message bundle. */
public class MembershipRuleViolation extends BusinessRuleViolation {

    public MembershipRuleViolation(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
