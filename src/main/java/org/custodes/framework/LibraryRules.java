package org.custodes.framework;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.custodes.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * Checks an imported library as a whole and builds it, or lists every problem with its place. Nothing is partly
 * accepted: one problem refuses the import.
 */
final class LibraryRules {

    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,29}");
    static final int MAX_QUESTION = 1000;
    static final int MAX_NOTE = 4000;
    static final int MAX_INDICATORS = 5000;

    private final Function<String, Optional<CodeVersion>> codeVersions;
    private final List<FrameworkImportProblem> problems = new ArrayList<>();

    private LibraryRules(Function<String, Optional<CodeVersion>> codeVersions) {
        this.codeVersions = codeVersions;
    }

    /** The checked library; throws {@link LibraryImportRefused} with every problem found. */
    static LibraryContent check(RawLibrary raw, Function<String, Optional<CodeVersion>> codeVersions) {
        return new LibraryRules(codeVersions).build(raw);
    }

    private LibraryContent build(RawLibrary raw) {
        problems.addAll(raw.readingProblems());
        var codeVersion = codeVersion(raw.about());
        var sections = sections(raw.sections());
        var choices = group(raw.choices());
        var columns = group(raw.columns());
        var indicators = new ArrayList<Indicator>();
        var rowsByCode = new LinkedHashMap<String, RawRow>();
        if (raw.indicators().isEmpty()) {
            problems.add(new FrameworkImportProblem("indicators", 1, "", "framework.import.no-indicators"));
        }
        if (raw.indicators().size() > MAX_INDICATORS) {
            problems.add(new FrameworkImportProblem("indicators", 1, "", "framework.import.too-many", MAX_INDICATORS));
        }
        var position = 0;
        for (var row : raw.indicators()) {
            position++;
            var code = row.get("code");
            if (!CODE.matcher(code).matches()) {
                problems.add(row.problem("code", code.isEmpty() ? "framework.import.required" : "framework.import.code.invalid", code));
            } else if (rowsByCode.containsKey(code)) {
                problems.add(row.problem("code", "framework.import.code.duplicate", code));
            } else {
                rowsByCode.put(code, row);
            }
            indicator(row, position, sections, codeVersion, choices.getOrDefault(code, List.of()),
                    columns.getOrDefault(code, List.of())).ifPresent(indicators::add);
        }
        orphans(raw.choices(), rowsByCode.keySet());
        orphans(raw.columns(), rowsByCode.keySet());
        conditions(indicators, rowsByCode);
        if (!problems.isEmpty()) {
            throw new LibraryImportRefused(problems);
        }
        return new LibraryContent(codeVersion == null ? "" : codeVersion.code(),
                sections.values().stream().toList(), indicators);
    }

    private @Nullable CodeVersion codeVersion(RawRow about) {
        var code = about.get("code_version");
        if (code.isEmpty()) {
            problems.add(about.problem("code_version", "framework.import.required"));
            return null;
        }
        var version = codeVersions.apply(code);
        if (version.isEmpty()) {
            problems.add(about.problem("code_version", "framework.import.code-version.unknown", code));
        }
        return version.orElse(null);
    }

    private Map<String, QuestionnaireSection> sections(List<RawRow> rows) {
        var sections = new LinkedHashMap<String, QuestionnaireSection>();
        if (rows.isEmpty()) {
            problems.add(new FrameworkImportProblem("sections", 1, "", "framework.import.no-sections"));
        }
        var position = 0;
        for (var row : rows) {
            position++;
            var code = row.get("code");
            var ok = true;
            if (!CODE.matcher(code).matches()) {
                problems.add(row.problem("code", code.isEmpty() ? "framework.import.required" : "framework.import.code.invalid", code));
                ok = false;
            } else if (sections.containsKey(code)) {
                problems.add(row.problem("code", "framework.import.code.duplicate", code));
                ok = false;
            }
            var order = row.has("position") ? integer(row, "position", 1, 10_000) : Integer.valueOf(position);
            var title = texts(row, "title", MAX_QUESTION, true);
            if (ok && order != null && title != null) {
                sections.put(code, new QuestionnaireSection(code, order, title));
            }
        }
        var sorted = new ArrayList<>(sections.values());
        sorted.sort(java.util.Comparator.comparingInt(QuestionnaireSection::position));
        var ordered = new LinkedHashMap<String, QuestionnaireSection>();
        sorted.forEach(section -> ordered.put(section.code(), section));
        return ordered;
    }

    private Optional<Indicator> indicator(RawRow row, int position, Map<String, QuestionnaireSection> sections,
            @Nullable CodeVersion codeVersion, List<RawRow> choiceRows, List<RawRow> columnRows) {
        var before = problems.size();
        var section = row.get("section");
        if (section.isEmpty()) {
            problems.add(row.problem("section", "framework.import.required"));
        } else if (!sections.containsKey(section)) {
            problems.add(row.problem("section", "framework.import.section.unknown", section));
        }
        var paragraphs = paragraphs(row, codeVersion);
        var type = enumeration(row, "type", IndicatorType.class);
        var answerType = enumeration(row, "answer_type", AnswerType.class);
        var required = bool(row, "required");
        var min = row.has("min") ? longValue(row, "min") : null;
        var max = row.has("max") ? longValue(row, "max") : null;
        if ((min != null || max != null) && answerType != null && answerType != AnswerType.WHOLE_NUMBER) {
            problems.add(row.problem(min != null ? "min" : "max", "framework.import.bounds.not-number-type"));
        }
        if (min != null && max != null && min > max) {
            problems.add(row.problem("max", "framework.import.bounds.order", min, max));
        }
        var weight = row.has("weight") ? integer(row, "weight", 0, 100) : Integer.valueOf(1);
        Condition condition = null;
        if (row.has("condition")) {
            condition = Condition.parse(row.get("condition")).orElse(null);
            if (condition == null) {
                problems.add(row.problem("condition", "framework.import.condition.invalid", row.get("condition")));
            }
        }
        var question = texts(row, "question", MAX_QUESTION, true);
        var guidance = texts(row, "guidance", MAX_NOTE, false);
        var evidence = texts(row, "evidence", MAX_NOTE, false);
        var choices = choices(row, answerType, choiceRows);
        var columns = columns(row, answerType, columnRows);
        if (problems.size() > before || type == null || answerType == null || required == null || weight == null
                || question == null || guidance == null || evidence == null) {
            return Optional.empty();
        }
        return Optional.of(new Indicator(row.get("code"), section, position, paragraphs, type, answerType, required,
                min, max, choices, columns, condition, weight, question, guidance, evidence));
    }

    private List<Integer> paragraphs(RawRow row, @Nullable CodeVersion codeVersion) {
        var text = row.get("paragraphs");
        if (text.isEmpty()) {
            problems.add(row.problem("paragraphs", "framework.import.required"));
            return List.of();
        }
        var numbers = new ArrayList<Integer>();
        for (var part : text.split("[;,\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            try {
                var number = Integer.parseInt(part.replaceFirst("\\.0$", ""));
                if (codeVersion != null && codeVersion.paragraph(number).isEmpty()) {
                    problems.add(row.problem("paragraphs", "framework.import.paragraph.unknown", number, codeVersion.code()));
                } else if (!numbers.contains(number)) {
                    numbers.add(number);
                }
            } catch (NumberFormatException e) {
                problems.add(row.problem("paragraphs", "framework.import.paragraph.invalid", part));
            }
        }
        return numbers;
    }

    private List<Choice> choices(RawRow indicator, @Nullable AnswerType answerType, List<RawRow> rows) {
        if (answerType == null) {
            return List.of();
        }
        if (!answerType.hasChoices()) {
            if (!rows.isEmpty()) {
                problems.add(rows.getFirst().problem("indicator", "framework.import.choices.not-allowed", indicator.get("code")));
            }
            return List.of();
        }
        if (rows.size() < 2) {
            problems.add(indicator.problem("answer_type", "framework.import.choices.too-few", indicator.get("code")));
        }
        var choices = new ArrayList<Choice>();
        var codes = new HashSet<String>();
        for (var row : rows) {
            var code = row.get("code");
            if (!CODE.matcher(code).matches()) {
                problems.add(row.problem("code", code.isEmpty() ? "framework.import.required" : "framework.import.code.invalid", code));
                continue;
            }
            if (!codes.add(code)) {
                problems.add(row.problem("code", "framework.import.code.duplicate", code));
            }
            var score = row.has("score") ? integer(row, "score", 0, 100) : null;
            var label = texts(row, "label", MAX_QUESTION, true);
            if (label != null) {
                choices.add(new Choice(code, label, score));
            }
        }
        return choices;
    }

    private List<TableColumn> columns(RawRow indicator, @Nullable AnswerType answerType, List<RawRow> rows) {
        if (answerType == null) {
            return List.of();
        }
        if (answerType != AnswerType.TABLE) {
            if (!rows.isEmpty()) {
                problems.add(rows.getFirst().problem("indicator", "framework.import.columns.not-allowed", indicator.get("code")));
            }
            return List.of();
        }
        if (rows.isEmpty()) {
            problems.add(indicator.problem("answer_type", "framework.import.columns.none", indicator.get("code")));
        }
        var columns = new ArrayList<TableColumn>();
        var codes = new HashSet<String>();
        for (var row : rows) {
            var code = row.get("code");
            if (!CODE.matcher(code).matches()) {
                problems.add(row.problem("code", code.isEmpty() ? "framework.import.required" : "framework.import.code.invalid", code));
                continue;
            }
            if (!codes.add(code)) {
                problems.add(row.problem("code", "framework.import.code.duplicate", code));
            }
            var type = enumeration(row, "type", AnswerType.class);
            if (type != null && !AnswerType.COLUMN_TYPES.contains(type)) {
                problems.add(row.problem("type", "framework.import.column-type.invalid", type));
                type = null;
            }
            var label = texts(row, "label", MAX_QUESTION, true);
            if (type != null && label != null) {
                columns.add(new TableColumn(code, type, label));
            }
        }
        return columns;
    }

    private void orphans(List<RawRow> rows, Set<String> indicatorCodes) {
        for (var row : rows) {
            var indicator = row.get("indicator");
            if (!indicatorCodes.contains(indicator)) {
                problems.add(row.problem("indicator", "framework.import.indicator.unknown", indicator));
            }
        }
    }

    /** Conditions name an earlier or later indicator that can be tested, with one of its answers, and never loop. */
    private void conditions(List<Indicator> indicators, Map<String, RawRow> rows) {
        var byCode = new HashMap<String, Indicator>();
        indicators.forEach(indicator -> byCode.put(indicator.code(), indicator));
        for (var indicator : indicators) {
            var condition = indicator.condition();
            if (condition == null) {
                continue;
            }
            var row = rows.get(indicator.code());
            if (row == null) {
                continue; // its code is missing or invalid, which is already a problem of its row
            }
            var target = byCode.get(condition.indicatorCode());
            if (condition.indicatorCode().equals(indicator.code())) {
                problems.add(row.problem("condition", "framework.import.condition.self"));
            } else if (target == null) {
                if (!rows.containsKey(condition.indicatorCode())) {
                    problems.add(row.problem("condition", "framework.import.condition.unknown", condition.indicatorCode()));
                }
            } else if (!target.answerType().canBeTested()) {
                problems.add(row.problem("condition", "framework.import.condition.untestable", condition.indicatorCode()));
            } else if (!target.testableValues().contains(condition.value())) {
                problems.add(row.problem("condition", "framework.import.condition.value", condition.value(),
                        String.join(", ", target.testableValues())));
            } else if (loops(indicator, byCode)) {
                problems.add(row.problem("condition", "framework.import.condition.loop"));
            }
        }
    }

    private static boolean loops(Indicator start, Map<String, Indicator> byCode) {
        var seen = new HashSet<String>();
        var current = start;
        while (current != null && current.condition() != null) {
            if (!seen.add(current.code())) {
                return true;
            }
            current = byCode.get(current.condition().indicatorCode());
        }
        return false;
    }

    private static Map<String, List<RawRow>> group(List<RawRow> rows) {
        var grouped = new LinkedHashMap<String, List<RawRow>>();
        rows.forEach(row -> grouped.computeIfAbsent(row.get("indicator"), code -> new ArrayList<>()).add(row));
        return grouped;
    }

    private @Nullable Texts texts(RawRow row, String prefix, int maximum, boolean englishRequired) {
        var values = new EnumMap<Language, String>(Language.class);
        var ok = true;
        for (var language : Language.values()) {
            var field = prefix + "_" + language.code();
            var text = row.get(field);
            if (text.length() > maximum) {
                problems.add(row.problem(field, "framework.import.too-long", maximum));
                ok = false;
            } else if (!text.isEmpty()) {
                values.put(language, text);
            }
        }
        if (englishRequired && !values.containsKey(Language.EN)) {
            problems.add(row.problem(prefix + "_en", "framework.import.required"));
            ok = false;
        }
        return ok ? new Texts(values) : null;
    }

    private <E extends Enum<E>> @Nullable E enumeration(RawRow row, String field, Class<E> type) {
        var text = row.get(field);
        if (text.isEmpty()) {
            problems.add(row.problem(field, "framework.import.required"));
            return null;
        }
        try {
            return Enum.valueOf(type, text.toUpperCase(Locale.ROOT).replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            var allowed = String.join(", ", java.util.Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
            problems.add(row.problem(field, "framework.import.value.unknown", text, allowed));
            return null;
        }
    }

    private @Nullable Boolean bool(RawRow row, String field) {
        return switch (row.get(field).toUpperCase(Locale.ROOT)) {
            case "TRUE", "YES", "Y", "1" -> Boolean.TRUE;
            case "FALSE", "NO", "N", "0" -> Boolean.FALSE;
            case "" -> {
                problems.add(row.problem(field, "framework.import.required"));
                yield null;
            }
            default -> {
                problems.add(row.problem(field, "framework.import.boolean.invalid", row.get(field)));
                yield null;
            }
        };
    }

    private @Nullable Integer integer(RawRow row, String field, int minimum, int maximum) {
        var value = longValue(row, field);
        if (value == null) {
            return null;
        }
        if (value < minimum || value > maximum) {
            problems.add(row.problem(field, "framework.import.number.range", minimum, maximum));
            return null;
        }
        return value.intValue();
    }

    private @Nullable Long longValue(RawRow row, String field) {
        try {
            return Long.parseLong(row.get(field).replaceFirst("\\.0+$", ""));
        } catch (NumberFormatException e) {
            problems.add(row.problem(field, "framework.import.number.invalid", row.get(field)));
            return null;
        }
    }
}
