package org.custodes.shared;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.validation.BindingResult;

/**
 * How every page handles a submitted form: the change runs only when the form is valid; a broken rule is shown at
 * the field it names (or above the form when the form has no such field); and a refused form answers 422, so the
 * page is shown again with its errors and nothing is saved.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /** The change's result, or empty when the form was invalid or a rule refused it (then the status is 422). */
    public static <T> Optional<T> attempt(BindingResult errors, HttpServletResponse response, Supplier<T> change) {
        if (!errors.hasErrors()) {
            try {
                return Optional.of(change.get());
            } catch (BusinessRuleViolation violation) {
                reject(errors, violation);
            }
        }
        response.setStatus(422);
        return Optional.empty();
    }

    /** Whether the change was made; when not, the errors are on the form and the status is 422. */
    public static boolean succeeded(BindingResult errors, HttpServletResponse response, Runnable change) {
        return attempt(errors, response, () -> {
            change.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** Puts a refused rule on the form field it names, or on the whole form when the form has no such field. */
    public static void reject(BindingResult errors, BusinessRuleViolation violation) {
        var field = violation.field();
        var arguments = Arrays.stream(violation.arguments()).map(String::valueOf).toArray();
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
