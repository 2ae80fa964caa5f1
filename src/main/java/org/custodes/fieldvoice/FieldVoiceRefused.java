package org.custodes.fieldvoice;

import org.custodes.shared.BusinessRuleViolation;

/** A field-voice rule refused the request; the message key says which, in the reader's language. */
public class FieldVoiceRefused extends BusinessRuleViolation {

    FieldVoiceRefused(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
