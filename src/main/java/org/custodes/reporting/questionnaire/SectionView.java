package org.custodes.reporting.questionnaire;

import java.util.List;

import org.custodes.framework.QuestionnaireSection;
import org.jspecify.annotations.Nullable;

/** A questionnaire section of a report with its progress; {@code section} is null for the whole report. */
public record SectionView(@Nullable QuestionnaireSection section, int required, int answeredRequired, int answered,
        int percent, int problems, List<ItemView> items) {

    public SectionView {
        items = List.copyOf(items);
    }
}
