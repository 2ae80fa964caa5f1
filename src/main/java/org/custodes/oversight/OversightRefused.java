package org.custodes.oversight;

import org.custodes.shared.BusinessRuleViolation;

/** An oversight rule refused the request, naming the field it concerns; the message key says which. */
public class OversightRefused extends BusinessRuleViolation {

    OversightRefused(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments, field);
    }
}
