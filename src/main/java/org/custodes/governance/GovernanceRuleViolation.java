package org.custodes.governance;

import org.custodes.shared.BusinessRuleViolation;

/** A governance rule refused the request; the message key says which, in the reader's language. */
public class GovernanceRuleViolation extends BusinessRuleViolation {

    public GovernanceRuleViolation(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
