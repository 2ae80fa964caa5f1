package org.custodes.reporting.questionnaire;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custodes.framework.AnswerType;
import org.custodes.framework.Indicator;
import org.custodes.reporting.ReportDetails;
import org.custodes.shared.Language;
import org.custodes.shared.SpreadsheetRows;
import org.custodes.shared.UploadedWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * A company's questionnaire as a workbook to fill offline: sheet "Answers" has one row per item (answer in column
 * G), sheet "Tables" one row per table cell (indicator, row, column, value). Evidence files are uploaded on the
 * pages. Reading checks every cell and refuses the whole file on any problem.
 */
public final class QuestionnaireSpreadsheet {

    public static final String ANSWERS = "Answers";
    public static final String TABLES = "Tables";
    static final int ANSWER_COLUMN = 6;
    private static final List<String> ANSWER_HEADERS = List.of("code", "section", "question", "answer type",
            "possible answers", "required", "answer", "last year");
    private static final List<String> TABLE_HEADERS = List.of("indicator", "row", "column", "value", "column type");

    private QuestionnaireSpreadsheet() {
    }

    public static byte[] write(ReportDetails details, Language language) {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var answers = workbook.createSheet(ANSWERS);
            SpreadsheetRows.textRow(answers, 0, ANSWER_HEADERS);
            var tables = workbook.createSheet(TABLES);
            SpreadsheetRows.textRow(tables, 0, TABLE_HEADERS);
            int a = 1, t = 1;
            for (var section : details.sections()) {
                for (var item : section.items()) {
                    var indicator = item.indicator();
                    if (indicator.answerType() == AnswerType.EVIDENCE_FILE) {
                        continue;
                    }
                    if (indicator.answerType() == AnswerType.TABLE) {
                        var number = 0;
                        for (var row : item.rows()) {
                            number++;
                            for (var column : indicator.columns()) {
                                SpreadsheetRows.textRow(tables, t++, List.of(indicator.code(), String.valueOf(number), column.code(),
                                        row.getOrDefault(column.code(), ""), column.type().name()));
                            }
                        }
                        continue;
                    }
                    SpreadsheetRows.textRow(answers, a++, List.of(indicator.code(), section.section().title().in(language),
                            indicator.question().in(language), indicator.answerType().name(), possible(indicator, language),
                            item.required() ? "required" : "", item.value() == null ? "" : item.value(),
                            item.lastYearValue() == null ? "" : item.lastYearValue()));
                }
            }
            answers.createFreezePane(1, 1);
            answers.setColumnWidth(2, 80 * 256);
            answers.setColumnWidth(ANSWER_COLUMN, 30 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String possible(Indicator indicator, Language language) {
        return switch (indicator.answerType()) {
            case YES_NO, YES_PARTLY_NO_NA -> String.join(" | ", indicator.answerType().fixedValues());
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> String.join(" | ", indicator.choices().stream()
                    .map(c -> c.code() + " = " + c.label().in(language)).toList())
                    + (indicator.answerType() == AnswerType.MULTIPLE_CHOICE ? " (A;B)" : "");
            case WHOLE_NUMBER -> (indicator.min() == null ? "" : indicator.min()) + ".." + (indicator.max() == null ? "" : indicator.max());
            case PERCENTAGE -> "0..100";
            case DATE -> "YYYY-MM-DD";
            default -> "";
        };
    }

    /** The answers that change, by indicator code (null clears one); throws {@link SpreadsheetRefused} on any problem. */
    public static Map<String, @Nullable String> read(byte[] content, ReportDetails details) {
        var problems = new ArrayList<CellProblem>();
        var changes = new LinkedHashMap<String, @Nullable String>();
        try (var workbook = UploadedWorkbook.open(content)) {
            var answers = workbook.getSheet(ANSWERS);
            if (answers == null) {
                problems.add(new CellProblem(ANSWERS, "A1", "reporting.spreadsheet.sheet.missing", ANSWERS));
            } else {
                readAnswers(answers, details, changes, problems);
            }
            var tables = workbook.getSheet(TABLES);
            if (tables != null) {
                readTables(tables, details, changes, problems);
            }
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof SpreadsheetRefused refused) {
                throw refused;
            }
            throw new SpreadsheetRefused(List.of(new CellProblem("", "", "reporting.spreadsheet.unreadable")));
        }
        if (!problems.isEmpty()) {
            throw new SpreadsheetRefused(problems);
        }
        return changes;
    }

    private static void readAnswers(Sheet sheet, ReportDetails details, Map<String, @Nullable String> changes,
            List<CellProblem> problems) {
        var formatter = new DataFormatter();
        for (var row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            var code = formatter.formatCellValue(row.getCell(0)).strip();
            var answerCell = ref(row, ANSWER_COLUMN);
            if (code.isEmpty()) {
                continue;
            }
            var item = details.item(code).orElse(null);
            if (item == null) {
                problems.add(new CellProblem(ANSWERS, ref(row, 0), "reporting.spreadsheet.code.unknown", code));
                continue;
            }
            var type = item.indicator().answerType();
            var text = text(row.getCell(ANSWER_COLUMN), formatter, type);
            if (type == AnswerType.EVIDENCE_FILE || type == AnswerType.TABLE) {
                if (!text.isEmpty()) {
                    problems.add(new CellProblem(ANSWERS, answerCell, "reporting.spreadsheet.not-here", code));
                }
                continue;
            }
            if (changes.containsKey(code)) {
                problems.add(new CellProblem(ANSWERS, ref(row, 0), "reporting.spreadsheet.code.duplicate", code));
                continue;
            }
            var input = type == AnswerType.MULTIPLE_CHOICE ? new AnswerInput(List.of(text.split("[;,]")), List.of())
                    : AnswerInput.of(text);
            try {
                var value = AnswerRules.normalise(item.indicator(), input);
                if (java.util.Objects.equals(value, item.value())) {
                    continue;
                }
                if (!item.editable()) {
                    problems.add(new CellProblem(ANSWERS, answerCell, "reporting.item.locked"));
                    continue;
                }
                changes.put(code, value);
            } catch (AnswerRefused refused) {
                problems.add(new CellProblem(ANSWERS, answerCell, refused.messageKey(), refused.arguments()));
            }
        }
    }

    private static void readTables(Sheet sheet, ReportDetails details, Map<String, @Nullable String> changes,
            List<CellProblem> problems) {
        var formatter = new DataFormatter();
        var byIndicator = new LinkedHashMap<String, TreeMap<Integer, Map<String, String>>>();
        var cells = new java.util.HashMap<String, String>();
        for (var row : sheet) {
            if (row.getRowNum() == 0) {
                continue;
            }
            var code = formatter.formatCellValue(row.getCell(0)).strip();
            if (code.isEmpty()) {
                continue;
            }
            var item = details.item(code).orElse(null);
            if (item == null || item.indicator().answerType() != AnswerType.TABLE) {
                problems.add(new CellProblem(TABLES, ref(row, 0), "reporting.spreadsheet.not-a-table", code));
                continue;
            }
            int number;
            try {
                number = Integer.parseInt(formatter.formatCellValue(row.getCell(1)).strip());
            } catch (NumberFormatException e) {
                problems.add(new CellProblem(TABLES, ref(row, 1), "reporting.spreadsheet.row-number"));
                continue;
            }
            var column = formatter.formatCellValue(row.getCell(2)).strip();
            var columnType = item.indicator().columns().stream().filter(c -> c.code().equals(column)).findFirst()
                    .map(c -> c.type()).orElse(AnswerType.SHORT_TEXT);
            byIndicator.computeIfAbsent(code, c -> new TreeMap<>()).computeIfAbsent(number, n -> new LinkedHashMap<>())
                    .put(column, text(row.getCell(3), formatter, columnType));
            cells.put(code + "|" + number + "|" + column, ref(row, 3));
            cells.putIfAbsent(code, ref(row, 0));
        }
        byIndicator.forEach((code, rows) -> {
            var item = details.item(code).orElseThrow();
            var ordered = new ArrayList<>(rows.values());
            try {
                var value = AnswerRules.normalise(item.indicator(), AnswerInput.table(ordered));
                if (java.util.Objects.equals(value, item.value())) {
                    return;
                }
                if (!item.editable()) {
                    problems.add(new CellProblem(TABLES, cells.get(code), "reporting.item.locked"));
                    return;
                }
                changes.put(code, value);
            } catch (AnswerRefused refused) {
                var args = refused.arguments();
                var cell = cells.get(code);
                if ("reporting.answer.table.cell".equals(refused.messageKey())) {
                    // the refusal counts rows of the ordered list; find the sheet's own row number for that position
                    var sheetRow = new ArrayList<>(rows.keySet()).get((Integer) args[0] - 1);
                    cell = cells.getOrDefault(code + "|" + sheetRow + "|" + args[1], cell);
                }
                problems.add(new CellProblem(TABLES, cell, refused.messageKey(), args));
            }
        });
    }

    /** A cell's text; a date cell becomes an ISO date whatever its display format. */
    private static String text(@Nullable Cell cell, DataFormatter formatter, AnswerType type) {
        if (cell == null) {
            return "";
        }
        if (type == AnswerType.DATE && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        if (type == AnswerType.PERCENTAGE && cell.getCellType() == CellType.NUMERIC
                && cell.getCellStyle().getDataFormatString().contains("%")) {
            return java.math.BigDecimal.valueOf(cell.getNumericCellValue() * 100).stripTrailingZeros().toPlainString();
        }
        return formatter.formatCellValue(cell).strip();
    }

    private static String ref(Row row, int column) {
        return new CellReference(row.getRowNum(), column).formatAsString(false);
    }


}
