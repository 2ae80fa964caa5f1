package org.custodes.framework;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custodes.shared.Language;
import org.custodes.shared.UploadedWorkbook;
import org.custodes.shared.SpreadsheetRows;

/**
 * The library as a workbook: an "About" sheet naming the Code version, then one sheet each for sections,
 * indicators, choices and table columns, each with a header row. Columns are found by header, in any order.
 */
final class LibrarySpreadsheet {

    static final String ABOUT = "About";
    static final String SECTIONS = "Sections";
    static final String INDICATORS = "Indicators";
    static final String CHOICES = "Choices";
    static final String COLUMNS = "Columns";

    private LibrarySpreadsheet() {
    }

    static RawLibrary read(byte[] content) {
        var problems = new ArrayList<FrameworkImportProblem>();
        try (var workbook = UploadedWorkbook.open(content)) {
            var about = about(workbook, problems);
            return new RawLibrary(about, rows(workbook, SECTIONS, RawLibrary.SECTION_FIELDS, true, problems),
                    rows(workbook, INDICATORS, RawLibrary.INDICATOR_FIELDS, true, problems),
                    rows(workbook, CHOICES, RawLibrary.CHOICE_FIELDS, false, problems),
                    rows(workbook, COLUMNS, RawLibrary.COLUMN_FIELDS, false, problems), problems);
        } catch (IOException | RuntimeException unreadable) {
            // POI reports a damaged or foreign file in many ways; to the user they all mean the same thing.
            throw new LibraryImportRefused(List.of(new FrameworkImportProblem("", 0, "", "framework.import.unreadable")));
        }
    }

    private static RawRow about(Workbook workbook, List<FrameworkImportProblem> problems) {
        var sheet = workbook.getSheet(ABOUT);
        var cells = new HashMap<String, String>();
        var columns = new HashMap<String, String>();
        if (sheet == null) {
            problems.add(new FrameworkImportProblem(ABOUT, 0, "", "framework.import.sheet.missing", ABOUT));
            return new RawRow(ABOUT, 0, cells, columns);
        }
        var formatter = new DataFormatter();
        var row = 0;
        for (var line : sheet) {
            var key = formatter.formatCellValue(line.getCell(0)).strip();
            if (key.equals("code_version")) {
                cells.put(key, formatter.formatCellValue(line.getCell(1)));
                columns.put(key, "B");
                row = line.getRowNum() + 1;
            }
        }
        return new RawRow(ABOUT, row, cells, columns);
    }

    private static List<RawRow> rows(Workbook workbook, String name, List<String> fields, boolean required,
            List<FrameworkImportProblem> problems) {
        var sheet = workbook.getSheet(name);
        if (sheet == null) {
            if (required) {
                problems.add(new FrameworkImportProblem(name, 0, "", "framework.import.sheet.missing", name));
            }
            return List.of();
        }
        var formatter = new DataFormatter();
        var header = sheet.getRow(sheet.getFirstRowNum());
        var positions = new HashMap<String, Integer>();
        if (header != null) {
            header.forEach(cell -> positions.put(formatter.formatCellValue(cell).strip().toLowerCase(java.util.Locale.ROOT),
                    cell.getColumnIndex()));
        }
        for (var field : List.of(fields.get(0), fields.get(1))) {
            if (!positions.containsKey(field)) {
                problems.add(new FrameworkImportProblem(name, 1, field, "framework.import.header.missing", field));
            }
        }
        var labels = positions.entrySet().stream().filter(e -> fields.contains(e.getKey())).collect(Collectors.toMap(
                Map.Entry::getKey, e -> CellReference.convertNumToColString(e.getValue()) + " (" + e.getKey() + ")"));
        var rows = new ArrayList<RawRow>();
        for (var line : sheet) {
            if (header == null || line.getRowNum() <= header.getRowNum()) {
                continue;
            }
            var cells = new HashMap<String, String>();
            positions.forEach((field, column) -> {
                if (fields.contains(field)) {
                    cells.put(field, formatter.formatCellValue(line.getCell(column)));
                }
            });
            if (cells.values().stream().allMatch(String::isBlank)) {
                continue;
            }
            rows.add(new RawRow(name, line.getRowNum() + 1, cells, labels));
        }
        return rows;
    }

    static byte[] write(IndicatorLibrary library) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var about = workbook.createSheet(ABOUT);
            SpreadsheetRows.textRow(about, 0, List.of("format", "custodes-indicator-library"));
            SpreadsheetRows.textRow(about, 1, List.of("code_version", library.summary().codeVersion()));
            SpreadsheetRows.textRow(about, 2, List.of("library_version", String.valueOf(library.summary().number())));

            var sections = sheet(workbook, SECTIONS, RawLibrary.SECTION_FIELDS);
            var r = 1;
            for (var section : library.sections()) {
                var values = new ArrayList<>(List.of(section.code(), String.valueOf(section.position())));
                values.addAll(translations(section.title()));
                SpreadsheetRows.textRow(sections, r++, values);
            }
            var indicators = sheet(workbook, INDICATORS, RawLibrary.INDICATOR_FIELDS);
            var choices = sheet(workbook, CHOICES, RawLibrary.CHOICE_FIELDS);
            var columns = sheet(workbook, COLUMNS, RawLibrary.COLUMN_FIELDS);
            int i = 1, c = 1, t = 1;
            for (var indicator : library.indicators()) {
                var values = new ArrayList<>(List.of(indicator.code(), indicator.sectionCode(),
                        indicator.paragraphs().stream().map(String::valueOf).collect(Collectors.joining(";")),
                        indicator.type().name(), indicator.answerType().name(), indicator.required() ? "TRUE" : "FALSE",
                        indicator.min() == null ? "" : indicator.min().toString(),
                        indicator.max() == null ? "" : indicator.max().toString(),
                        indicator.condition() == null ? "" : indicator.condition().toString(),
                        String.valueOf(indicator.weight())));
                values.addAll(translations(indicator.question()));
                values.addAll(translations(indicator.guidance()));
                values.addAll(translations(indicator.evidence()));
                SpreadsheetRows.textRow(indicators, i++, values);
                for (var choice : indicator.choices()) {
                    var choiceValues = new ArrayList<>(List.of(indicator.code(), choice.code(),
                            choice.score() == null ? "" : choice.score().toString()));
                    choiceValues.addAll(translations(choice.label()));
                    SpreadsheetRows.textRow(choices, c++, choiceValues);
                }
                for (var column : indicator.columns()) {
                    var columnValues = new ArrayList<>(List.of(indicator.code(), column.code(), column.type().name()));
                    columnValues.addAll(translations(column.label()));
                    SpreadsheetRows.textRow(columns, t++, columnValues);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> translations(Texts texts) {
        return java.util.Arrays.stream(Language.values()).map(l -> texts.values().getOrDefault(l, "")).toList();
    }

    private static Sheet sheet(Workbook workbook, String name, List<String> fields) {
        var sheet = workbook.createSheet(name);
        SpreadsheetRows.textRow(sheet, 0, fields);
        sheet.createFreezePane(0, 1);
        return sheet;
    }

}
