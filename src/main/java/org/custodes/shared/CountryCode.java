package org.custodes.shared;

import java.util.Locale;
import java.util.Set;

/** An ISO 3166-1 alpha-2 country code, checked against the JDK's list. */
public record CountryCode(String value) {

    private static final Set<String> KNOWN = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    public CountryCode {
        value = value.trim().toUpperCase(Locale.ROOT);
        if (!KNOWN.contains(value)) {
            throw new BusinessRuleViolation("country.unknown", value);
        }
    }

    public static boolean isKnown(String value) {
        return value != null && KNOWN.contains(value.trim().toUpperCase(Locale.ROOT));
    }

    public static Set<String> all() {
        return KNOWN;
    }

    /** The country's name in the given language, for display. */
    public String displayName(Locale language) {
        return Locale.of("", value).getDisplayCountry(language);
    }

    @Override
    public String toString() {
        return value;
    }
}
