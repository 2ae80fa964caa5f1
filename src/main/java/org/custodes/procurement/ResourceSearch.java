package org.custodes.procurement;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/** The filters of the library; a null filter does not filter. */
public record ResourceSearch(@Nullable String text, @Nullable Audience audience, @Nullable Topic topic,
        @Nullable ResourceKind kind, @Nullable String language, @Nullable Integer codeParagraph) {

    public ResourceSearch {
        text = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
        language = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
    }

    public static ResourceSearch everything() {
        return new ResourceSearch(null, null, null, null, null, null);
    }
}
