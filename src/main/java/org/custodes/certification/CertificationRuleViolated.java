package org.custodes.certification;

import org.custodes.shared.BusinessRuleViolation;

/** A certification rule refused a value; {@link #field()} names the field (or CSV column) that holds it. */
public class CertificationRuleViolated extends BusinessRuleViolation {

    public CertificationRuleViolated(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments, field);
    }
}
