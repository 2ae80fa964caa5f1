package org.custodes.framework;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Makes an indicator apply only when another indicator has a given answer ("IND-12 = YES"); for a multiple choice
 * the value must be among those chosen.
 */
public record Condition(String indicatorCode, String value) {

    private static final Pattern FORM = Pattern.compile("\\s*([A-Za-z0-9][A-Za-z0-9._-]*)\\s*=\\s*([A-Za-z0-9._-]+)\\s*");

    public static Optional<Condition> parse(String text) {
        var matcher = FORM.matcher(text);
        return matcher.matches() ? Optional.of(new Condition(matcher.group(1), matcher.group(2))) : Optional.empty();
    }

    @Override
    public String toString() {
        return indicatorCode + " = " + value;
    }
}
