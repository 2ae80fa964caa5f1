package org.custodes.training;

import org.custodes.shared.BusinessRuleViolation;

public class TrainingRefused extends BusinessRuleViolation {

    public TrainingRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
