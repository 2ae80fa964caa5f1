package org.custodes.procurement;

import org.custodes.shared.BusinessRuleViolation;

/** A rule of the library or the toolkit refused a value; {@link #field()} names the field that holds it. */
public class ProcurementRuleViolated extends BusinessRuleViolation {

    ProcurementRuleViolated(String field, String messageKey, Object... arguments) {
        super(messageKey, arguments, field);
    }
}
