package org.custodes.certification;

import org.custodes.shared.BusinessRuleViolation;

/** A certification rule refused a value; {@link #field()} names the field (or CSV column) that holds it. */
public class CertificationRuleViolated extends BusinessRuleViolation {

    private final String field;

    public CertificationRuleViolated(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
