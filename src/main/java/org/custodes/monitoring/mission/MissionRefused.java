package org.custodes.monitoring.mission;

import org.custodes.shared.BusinessRuleViolation;
import org.jspecify.annotations.Nullable;

/** A rule of field-based reviews refused the request; the field it is about is named where there is one. */
public class MissionRefused extends BusinessRuleViolation {

    MissionRefused(String messageKey, @Nullable String field) {
        super(messageKey, new Object[0], field);
    }
}
