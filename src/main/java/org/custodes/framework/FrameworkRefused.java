package org.custodes.framework;

import org.custodes.shared.BusinessRuleViolation;

/** A change to the Code or the library that breaks a rule; {@code field} names the input it concerns, if one. */
public class FrameworkRefused extends BusinessRuleViolation {

    public FrameworkRefused(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments, field);
    }
}
