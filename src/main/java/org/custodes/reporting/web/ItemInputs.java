package org.custodes.reporting.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.custodes.reporting.questionnaire.AnswerInput;
import org.springframework.util.MultiValueMap;

/**
 * Reads one item's form: {@code value} (one answer), {@code values} (several), or table cells named
 * {@code cell.<row>.<column>}.
 */
final class ItemInputs {

    private static final Pattern CELL = Pattern.compile("cell\\.(\\d{1,3})\\.([A-Za-z0-9._-]{1,30})");

    private ItemInputs() {
    }

    static AnswerInput of(MultiValueMap<String, String> form) {
        var values = new ArrayList<String>();
        values.addAll(form.getOrDefault("value", List.of()));
        values.addAll(form.getOrDefault("values", List.of()));
        var rows = new TreeMap<Integer, Map<String, String>>();
        form.forEach((name, given) -> {
            var matcher = CELL.matcher(name);
            if (matcher.matches() && !given.isEmpty()) {
                rows.computeIfAbsent(Integer.parseInt(matcher.group(1)), n -> new LinkedHashMap<>())
                        .put(matcher.group(2), given.getFirst());
            }
        });
        return new AnswerInput(values, new ArrayList<>(rows.values()));
    }
}
