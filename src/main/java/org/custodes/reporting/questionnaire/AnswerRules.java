package org.custodes.reporting.questionnaire;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.custodes.framework.AnswerType;
import org.custodes.framework.Choice;
import org.custodes.framework.Indicator;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns an answer as given into its one stored form, or refuses it: yes/no codes, choice codes (several joined by
 * ";" in the indicator's order), whole numbers within bounds, percentages from 0 to 100, ISO dates, texts within
 * their length, and table rows as JSON with every cell checked by its column's type.
 */
public final class AnswerRules {

    static final int SHORT_TEXT = 300;
    static final int LONG_TEXT = 10_000;
    static final int MAX_ROWS = 200;
    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(2200, 12, 31);
    private static final TypeReference<List<Map<String, String>>> ROWS = new TypeReference<>() {
    };

    private AnswerRules() {
    }

    /** The stored form, or null when the input is empty (no answer). */
    public static @Nullable String normalise(Indicator indicator, AnswerInput input) {
        var code = indicator.code();
        return switch (indicator.answerType()) {
            case YES_NO, YES_PARTLY_NO_NA -> {
                var value = single(code, input).toUpperCase(Locale.ROOT);
                if (value.isEmpty()) {
                    yield null;
                }
                if (!indicator.answerType().fixedValues().contains(value)) {
                    throw new AnswerRefused(code, "reporting.answer.choice.unknown", value);
                }
                yield value;
            }
            case SINGLE_CHOICE -> {
                var value = single(code, input);
                if (value.isEmpty()) {
                    yield null;
                }
                if (indicator.choice(value).isEmpty()) {
                    throw new AnswerRefused(code, "reporting.answer.choice.unknown", value);
                }
                yield value;
            }
            case MULTIPLE_CHOICE -> multiple(indicator, input);
            case WHOLE_NUMBER -> wholeNumber(code, single(code, input), indicator.min(), indicator.max());
            case PERCENTAGE -> percentage(code, single(code, input));
            case DATE -> date(code, single(code, input));
            case SHORT_TEXT -> text(code, single(code, input).replaceAll("[\\r\\n]+", " "), SHORT_TEXT);
            case LONG_TEXT -> text(code, single(code, input).replace("\r\n", "\n"), LONG_TEXT);
            case EVIDENCE_FILE -> throw new AnswerRefused(code, "reporting.answer.evidence-by-file");
            case TABLE -> table(indicator, input.rows());
        };
    }

    /** Checks a stored answer against the indicator as it is now; the problem, if any. */
    public static @Nullable ItemProblem recheck(Indicator indicator, String stored) {
        try {
            var input = switch (indicator.answerType()) {
                case MULTIPLE_CHOICE -> new AnswerInput(List.of(stored.split(";")), List.of());
                case TABLE -> AnswerInput.table(rows(stored));
                default -> AnswerInput.of(stored);
            };
            normalise(indicator, input);
            return null;
        } catch (AnswerRefused refused) {
            return new ItemProblem(indicator.code(), refused.messageKey(), refused.arguments());
        }
    }

    public static List<Map<String, String>> rows(String stored) {
        try {
            return JsonMapper.shared().readValue(stored, ROWS);
        } catch (RuntimeException unreadable) {
            return List.of();
        }
    }

    /** The chosen codes of a multiple-choice answer. */
    public static List<String> chosen(@Nullable String stored) {
        return stored == null || stored.isEmpty() ? List.of() : List.of(stored.split(";"));
    }

    private static String single(String code, AnswerInput input) {
        var values = input.values().stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
        if (values.size() > 1) {
            throw new AnswerRefused(code, "reporting.answer.one-value");
        }
        return values.isEmpty() ? "" : values.getFirst();
    }

    private static @Nullable String multiple(Indicator indicator, AnswerInput input) {
        var given = input.values().stream().map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
        for (var value : given) {
            if (indicator.choice(value).isEmpty()) {
                throw new AnswerRefused(indicator.code(), "reporting.answer.choice.unknown", value);
            }
        }
        var ordered = indicator.choices().stream().map(Choice::code).filter(given::contains).toList();
        return ordered.isEmpty() ? null : String.join(";", ordered);
    }

    static @Nullable String wholeNumber(String code, String text, @Nullable Long min, @Nullable Long max) {
        if (text.isEmpty()) {
            return null;
        }
        long value;
        try {
            value = Long.parseLong(text.replace(" ", "").replace("\u00a0", "").replaceFirst("\\.0+$", ""));
        } catch (NumberFormatException e) {
            throw new AnswerRefused(code, "reporting.answer.number.invalid", text);
        }
        if ((min != null && value < min) || (max != null && value > max)) {
            throw new AnswerRefused(code, "reporting.answer.number.range", min == null ? "-" : min, max == null ? "-" : max);
        }
        return Long.toString(value);
    }

    static @Nullable String percentage(String code, String text) {
        if (text.isEmpty()) {
            return null;
        }
        BigDecimal value;
        try {
            value = new BigDecimal(text.replace(',', '.').replace("%", "").strip());
        } catch (NumberFormatException e) {
            throw new AnswerRefused(code, "reporting.answer.percentage.invalid", text);
        }
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0 || value.stripTrailingZeros().scale() > 2) {
            throw new AnswerRefused(code, "reporting.answer.percentage.invalid", text);
        }
        return value.stripTrailingZeros().toPlainString();
    }

    static @Nullable String date(String code, String text) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            var date = LocalDate.parse(text);
            if (date.isBefore(EARLIEST) || date.isAfter(LATEST)) {
                throw new AnswerRefused(code, "reporting.answer.date.invalid", text);
            }
            return date.toString();
        } catch (DateTimeParseException e) {
            throw new AnswerRefused(code, "reporting.answer.date.invalid", text);
        }
    }

    private static @Nullable String text(String code, String text, int maximum) {
        var value = text.strip();
        if (value.isEmpty()) {
            return null;
        }
        if (value.codePointCount(0, value.length()) > maximum) {
            throw new AnswerRefused(code, "reporting.answer.text.too-long", maximum);
        }
        return value;
    }

    private static @Nullable String table(Indicator indicator, List<Map<String, String>> given) {
        var rows = new ArrayList<Map<String, String>>();
        var number = 0;
        for (var row : given) {
            number++;
            if (row.values().stream().allMatch(v -> v == null || v.isBlank())) {
                continue;
            }
            var stored = new LinkedHashMap<String, String>();
            for (var key : row.keySet()) {
                if (indicator.columns().stream().noneMatch(c -> c.code().equals(key))) {
                    throw new AnswerRefused(indicator.code(), "reporting.answer.table.column.unknown", key);
                }
            }
            for (var column : indicator.columns()) {
                var text = row.getOrDefault(column.code(), "");
                var cell = text == null ? "" : text.strip();
                String value;
                try {
                    value = switch (column.type()) {
                        case YES_NO -> {
                            var upper = cell.toUpperCase(Locale.ROOT);
                            if (!upper.isEmpty() && !AnswerType.YES_NO.fixedValues().contains(upper)) {
                                throw new AnswerRefused(indicator.code(), "reporting.answer.choice.unknown", cell);
                            }
                            yield upper.isEmpty() ? null : upper;
                        }
                        case WHOLE_NUMBER -> wholeNumber(indicator.code(), cell, null, null);
                        case PERCENTAGE -> percentage(indicator.code(), cell);
                        case DATE -> date(indicator.code(), cell);
                        default -> text(indicator.code(), cell.replaceAll("[\\r\\n]+", " "), SHORT_TEXT);
                    };
                } catch (AnswerRefused refused) {
                    throw new AnswerRefused(indicator.code(), "reporting.answer.table.cell", number, column.code(), cell);
                }
                if (value != null) {
                    stored.put(column.code(), value);
                }
            }
            rows.add(stored);
        }
        if (rows.size() > MAX_ROWS) {
            throw new AnswerRefused(indicator.code(), "reporting.answer.table.too-many", MAX_ROWS);
        }
        return rows.isEmpty() ? null : JsonMapper.shared().writeValueAsString(rows);
    }
}
