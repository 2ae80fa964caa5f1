package org.custodes.complaint;

import java.util.regex.Pattern;

/** The case reference the complainant may quote, such as {@code CU-2026-7K3M9Q}. It is not a secret. */
public record ComplaintReference(String value) {

    private static final Pattern FORMAT = Pattern.compile("CU-\\d{4}-[0-9A-HJKMNP-TV-Z]{6}");

    public ComplaintReference {
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a complaint reference");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
