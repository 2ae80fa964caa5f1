package org.custodes.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.custodes.shared.Language;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The library as one JSON document. Problems point at JSON paths ({@code indicators[3].answerType}); the row is
 * the position in the array, counting from 1.
 */
final class LibraryJson {

    static final String FORMAT = "custodes-indicator-library";
    private static final List<String> TEXT_FIELDS = List.of("title", "question", "guidance", "evidence", "label");

    private LibraryJson() {
    }

    static RawLibrary read(JsonMapper json, byte[] content) {
        Map<?, ?> document;
        try {
            document = json.readValue(content, Map.class);
        } catch (JacksonException | ClassCastException unreadable) {
            throw new LibraryImportRefused(List.of(new FrameworkImportProblem("", 0, "", "framework.import.unreadable")));
        }
        var problems = new ArrayList<FrameworkImportProblem>();
        var about = new RawRow("document", 1, Map.of("code_version", value(document.get("codeVersion"))),
                Map.of("code_version", "codeVersion"));
        var sections = new ArrayList<RawRow>();
        var indicators = new ArrayList<RawRow>();
        var choices = new ArrayList<RawRow>();
        var columns = new ArrayList<RawRow>();
        var i = 0;
        for (var section : list(document.get("sections"), "sections", problems)) {
            i++;
            sections.add(row("sections", i, section, "sections[" + (i - 1) + "]"));
        }
        i = 0;
        for (var indicator : list(document.get("indicators"), "indicators", problems)) {
            i++;
            var path = "indicators[" + (i - 1) + "]";
            var row = row("indicators", i, indicator, path);
            indicators.add(row);
            var j = 0;
            for (var choice : list(indicator.get("choices"), path + ".choices", problems)) {
                j++;
                choices.add(child(row.get("code"), path + ".choices", j, choice));
            }
            j = 0;
            for (var column : list(indicator.get("columns"), path + ".columns", problems)) {
                j++;
                columns.add(child(row.get("code"), path + ".columns", j, column));
            }
        }
        return new RawLibrary(about, sections, indicators, choices, columns, problems);
    }

    private static RawRow child(String indicatorCode, String sheet, int row, Map<?, ?> values) {
        var raw = row(sheet, row, values, sheet + "[" + (row - 1) + "]");
        var cells = new HashMap<>(raw.cells());
        cells.put("indicator", indicatorCode);
        return new RawRow(sheet, row, cells, raw.columns());
    }

    /** Flattens one object into the field names both formats share: {@code answerType} to {@code answer_type}, texts per language. */
    private static RawRow row(String sheet, int row, Map<?, ?> values, String path) {
        var cells = new HashMap<String, String>();
        values.forEach((key, value) -> {
            var name = String.valueOf(key);
            if (TEXT_FIELDS.contains(name) && value instanceof Map<?, ?> texts) {
                texts.forEach((language, text) -> cells.put(name + "_" + language, value(text)));
            } else if (!name.equals("choices") && !name.equals("columns")) {
                cells.put(name.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT), value(value));
            }
        });
        var columns = new HashMap<String, String>();
        for (var fields : List.of(RawLibrary.SECTION_FIELDS, RawLibrary.INDICATOR_FIELDS, RawLibrary.CHOICE_FIELDS)) {
            fields.forEach(field -> columns.put(field, path + "." + jsonName(field)));
        }
        return new RawRow(sheet, row, cells, columns);
    }

    /** {@code answer_type} is {@code answerType} in JSON; {@code question_fr} is {@code question.fr}. */
    private static String jsonName(String field) {
        var text = field.matches("(title|question|guidance|evidence|label)_[a-z]{2}") ? field.replace('_', '.') : field;
        var camel = new StringBuilder();
        var upper = false;
        for (var c : text.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                camel.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return camel.toString();
    }

    private static String value(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(LibraryJson::value).collect(Collectors.joining(";"));
        }
        return String.valueOf(value);
    }

    private static List<Map<?, ?>> list(Object value, String path, List<FrameworkImportProblem> problems) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            problems.add(new FrameworkImportProblem(path, 0, path, "framework.import.json.not-array"));
            return List.of();
        }
        var maps = new ArrayList<Map<?, ?>>();
        for (var item : list) {
            if (item instanceof Map<?, ?> map) {
                maps.add(map);
            } else {
                problems.add(new FrameworkImportProblem(path, maps.size() + 1, path, "framework.import.json.not-object"));
            }
        }
        return maps;
    }

    static byte[] write(JsonMapper json, IndicatorLibrary library) {
        var document = new LinkedHashMap<String, Object>();
        document.put("format", FORMAT);
        document.put("codeVersion", library.summary().codeVersion());
        document.put("libraryVersion", library.summary().number());
        document.put("sections", library.sections().stream().map(section -> {
            var map = new LinkedHashMap<String, Object>();
            map.put("code", section.code());
            map.put("position", section.position());
            map.put("title", texts(section.title()));
            return map;
        }).toList());
        document.put("indicators", library.indicators().stream().map(LibraryJson::indicator).toList());
        return json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document);
    }

    private static Map<String, Object> indicator(Indicator indicator) {
        var map = new LinkedHashMap<String, Object>();
        map.put("code", indicator.code());
        map.put("section", indicator.sectionCode());
        map.put("paragraphs", indicator.paragraphs());
        map.put("type", indicator.type().name());
        map.put("answerType", indicator.answerType().name());
        map.put("required", indicator.required());
        if (indicator.min() != null) {
            map.put("min", indicator.min());
        }
        if (indicator.max() != null) {
            map.put("max", indicator.max());
        }
        if (indicator.condition() != null) {
            map.put("condition", indicator.condition().toString());
        }
        map.put("weight", indicator.weight());
        map.put("question", texts(indicator.question()));
        map.put("guidance", texts(indicator.guidance()));
        map.put("evidence", texts(indicator.evidence()));
        if (!indicator.choices().isEmpty()) {
            map.put("choices", indicator.choices().stream().map(choice -> {
                var c = new LinkedHashMap<String, Object>();
                c.put("code", choice.code());
                if (choice.score() != null) {
                    c.put("score", choice.score());
                }
                c.put("label", texts(choice.label()));
                return c;
            }).toList());
        }
        if (!indicator.columns().isEmpty()) {
            map.put("columns", indicator.columns().stream().map(column -> {
                var c = new LinkedHashMap<String, Object>();
                c.put("code", column.code());
                c.put("type", column.type().name());
                c.put("label", texts(column.label()));
                return c;
            }).toList());
        }
        return map;
    }

    private static Map<String, String> texts(Texts texts) {
        var map = new LinkedHashMap<String, String>();
        for (var language : Language.values()) {
            var text = texts.values().get(language);
            if (text != null) {
                map.put(language.code(), text);
            }
        }
        return map;
    }
}
