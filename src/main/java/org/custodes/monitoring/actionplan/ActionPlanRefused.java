package org.custodes.monitoring.actionplan;

import org.custodes.shared.BusinessRuleViolation;
import org.jspecify.annotations.Nullable;

/** A rule of corrective action plans refused the request; the field it is about is named where there is one. */
public class ActionPlanRefused extends BusinessRuleViolation {

    ActionPlanRefused(String messageKey) {
        super(messageKey, new Object[0], null);
    }

    ActionPlanRefused(String messageKey, @Nullable String field, Object... arguments) {
        super(messageKey, arguments, field);
    }
}
