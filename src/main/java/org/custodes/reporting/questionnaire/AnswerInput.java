package org.custodes.reporting.questionnaire;

import java.util.List;
import java.util.Map;

/**
 * An answer as given: one value, several (multiple choice), or table rows (column code to value). Empty means
 * "no answer" and clears what was saved.
 */
public record AnswerInput(List<String> values, List<Map<String, String>> rows) {

    public AnswerInput {
        values = values.stream().map(v -> v == null ? "" : v).toList();
        rows = rows.stream().map(Map::copyOf).toList();
    }

    public static AnswerInput of(String... values) {
        return new AnswerInput(List.of(values), List.of());
    }

    public static AnswerInput table(List<Map<String, String>> rows) {
        return new AnswerInput(List.of(), rows);
    }
}
