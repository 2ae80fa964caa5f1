package org.custodes.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages Custodes ships. Arabic is written right to left. */
public enum Language {
    EN("English"), FR("Français"), ES("Español"), AR("العربية");

    private final String nativeName;

    Language(String nativeName) {
        this.nativeName = nativeName;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.of(code());
    }

    public boolean rightToLeft() {
        return this == AR;
    }

    public static Optional<Language> fromCode(String code) {
        return Arrays.stream(values()).filter(l -> l.code().equalsIgnoreCase(code)).findFirst();
    }

    public static Language of(Locale locale) {
        return fromCode(locale.getLanguage()).orElse(EN);
    }
}
