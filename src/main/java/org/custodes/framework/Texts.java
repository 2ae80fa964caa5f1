package org.custodes.framework;

import java.util.EnumMap;
import java.util.Map;

import org.custodes.shared.Language;

/** A text in several languages; English is the fallback for a language without a translation. */
public record Texts(Map<Language, String> values) {

    public Texts {
        var copy = new EnumMap<Language, String>(Language.class);
        values.forEach((language, text) -> {
            if (text != null && !text.isBlank()) {
                copy.put(language, text.strip());
            }
        });
        values = Map.copyOf(copy);
    }

    public static Texts english(String text) {
        return new Texts(Map.of(Language.EN, text));
    }

    public static Texts none() {
        return new Texts(Map.of());
    }

    /** The text in {@code language}, else in English, else empty. */
    public String in(Language language) {
        var text = values.get(language);
        return text != null ? text : values.getOrDefault(Language.EN, "");
    }

    public String english() {
        return in(Language.EN);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
