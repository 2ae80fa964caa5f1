package org.custodes.identity;

import org.custodes.shared.BusinessRuleViolation;

/** The roles asked for do not fit the person's organisation, or would grant more than the caller may grant. */
public class RolesNotAllowed extends BusinessRuleViolation {

    public RolesNotAllowed(String messageKey) {
        super(messageKey);
    }
}
