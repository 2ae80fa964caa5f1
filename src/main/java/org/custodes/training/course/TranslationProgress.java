package org.custodes.training.course;

import org.custodes.shared.Language;

public record TranslationProgress(Language language, int translated, int total, boolean published) {

    public boolean complete() {
        return translated == total;
    }

    public int percent() {
        return total == 0 ? 100 : translated * 100 / total;
    }
}
