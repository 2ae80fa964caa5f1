package org.custodes.training;

import org.custodes.shared.BusinessRuleViolation;

public class TrainingRefused extends BusinessRuleViolation {

    TrainingRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
