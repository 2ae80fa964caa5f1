package org.custodes.certification.web;

import org.custodes.certification.CertificationRuleViolated;
import org.custodes.shared.BusinessRuleViolation;
import org.springframework.validation.BindingResult;

/** Puts a refused rule on the form field it names, or on the whole form when the form has no such field. */
final class FormErrors {

    private FormErrors() {
    }

    static void reject(BindingResult errors, BusinessRuleViolation violation) {
        var field = violation instanceof CertificationRuleViolated named ? named.field() : null;
        var arguments = java.util.Arrays.stream(violation.arguments()).map(String::valueOf).toArray();
        if (field != null && errors.getTarget() != null && hasField(errors, field)) {
            errors.rejectValue(field, violation.messageKey(), arguments, violation.messageKey());
        } else {
            errors.reject(violation.messageKey(), arguments, violation.messageKey());
        }
    }

    private static boolean hasField(BindingResult errors, String field) {
        try {
            return errors.getFieldType(field) != null;
        } catch (RuntimeException notAField) {
            return false;
        }
    }
}
