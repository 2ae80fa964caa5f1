package org.custodes.helpdesk;

import org.custodes.shared.BusinessRuleViolation;
import org.jspecify.annotations.Nullable;

/** A helpdesk rule refused the request; the message key says which, and the field it concerns when it is one. */
public class HelpdeskRefused extends BusinessRuleViolation {

    HelpdeskRefused(String messageKey) {
        super(messageKey);
    }

    private HelpdeskRefused(String messageKey, @Nullable String field) {
        super(messageKey, new Object[0], field);
    }

    static HelpdeskRefused at(String field, String messageKey) {
        return new HelpdeskRefused(messageKey, field);
    }
}
