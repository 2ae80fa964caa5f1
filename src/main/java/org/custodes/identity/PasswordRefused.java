package org.custodes.identity;

import org.custodes.shared.BusinessRuleViolation;

/** A new password that the password rules refuse; the message key says which rule. */
public class PasswordRefused extends BusinessRuleViolation {

    public PasswordRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
