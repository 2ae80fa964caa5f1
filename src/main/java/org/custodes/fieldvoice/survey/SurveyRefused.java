package org.custodes.fieldvoice.survey;

import org.custodes.shared.BusinessRuleViolation;

/** A survey rule refused the request; the message key says which, in the reader's language. */
public class SurveyRefused extends BusinessRuleViolation {

    SurveyRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    private SurveyRefused(String field, String messageKey, Object[] arguments) {
        super(messageKey, arguments, field);
    }

    /** A refusal that belongs to one field of the form. */
    static SurveyRefused on(String field, String messageKey, Object... arguments) {
        return new SurveyRefused(field, messageKey, arguments);
    }
}
