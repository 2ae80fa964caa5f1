package org.custodes.certification;

import java.util.Locale;

import org.custodes.shared.BusinessRuleViolation;

/** Identifies a recognised standard, for example {@code ISO18788-2015}. */
public record StandardCode(String value) {

    public StandardCode {
        value = value.trim().toUpperCase(Locale.ROOT);
        if (!value.matches("[A-Z0-9][A-Z0-9.\\-]{1,39}")) {
            throw new BusinessRuleViolation("certification.standard.code.invalid", value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
