package org.custodes.reporting.questionnaire;

import org.custodes.shared.BusinessRuleViolation;

/** An answer that does not fit its indicator (format, range, options), or an item that may not be changed now. */
public class AnswerRefused extends BusinessRuleViolation {

    private final String indicatorCode;

    public AnswerRefused(String indicatorCode, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.indicatorCode = indicatorCode;
    }

    public String indicatorCode() {
        return indicatorCode;
    }
}
