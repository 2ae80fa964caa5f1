package org.custodes.framework;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * One question of the self-assessment, tied to one or more paragraphs of the Code. {@code min}/{@code max} bound a
 * whole number; {@code choices} belong to the choice types; {@code columns} to a table. The weight counts in scoring.
 */
public record Indicator(String code, String sectionCode, int position, List<Integer> paragraphs, IndicatorType type,
        AnswerType answerType, boolean required, @Nullable Long min, @Nullable Long max, List<Choice> choices,
        List<TableColumn> columns, @Nullable Condition condition, int weight, Texts question, Texts guidance,
        Texts evidence) {

    public Indicator {
        paragraphs = List.copyOf(paragraphs);
        choices = List.copyOf(choices);
        columns = List.copyOf(columns);
    }

    public Optional<Choice> choice(String choiceCode) {
        return choices.stream().filter(c -> c.code().equals(choiceCode)).findFirst();
    }

    /** The answers a condition on this indicator may test. */
    public List<String> testableValues() {
        return answerType.hasChoices() ? choices.stream().map(Choice::code).toList() : answerType.fixedValues();
    }
}
