package org.custodes.reporting.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.custodes.reporting.ReportingFixtures.LIBRARY;
import static org.custodes.reporting.ReportingFixtures.details;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.Set;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custodes.framework.FrameworkFixtures;
import org.custodes.reporting.ReportStatus;
import org.custodes.shared.Language;
import org.junit.jupiter.api.Test;

class QuestionnaireSpreadsheetTests {

    @Test
    void aDownloadedQuestionnaireFilledOfflineGivesItsAnswersBack() throws Exception {
        var report = details(LIBRARY, ReportStatus.DRAFT, Map.of("P-1", "NO"), Set.of());
        var filled = edit(QuestionnaireSpreadsheet.write(report, Language.EN), workbook -> {
            var answers = workbook.getSheet(QuestionnaireSpreadsheet.ANSWERS);
            answer(answers, "P-1", "yes");
            answer(answers, "F-1", "87.5");
            answer(answers, "F-3", "AUDIT; TRAINING");
            var tables = workbook.getSheet(QuestionnaireSpreadsheet.TABLES);
            row(tables, 1, "F-4", "1", "country", "Kenya");
            row(tables, 2, "F-4", "1", "staff", "40");
        });
        assertThat(QuestionnaireSpreadsheet.read(filled, report)).containsOnly(Map.entry("P-1", "YES"),
                Map.entry("F-1", "87.5"), Map.entry("F-3", "TRAINING;AUDIT"),
                Map.entry("F-4", "[{\"country\":\"Kenya\",\"staff\":\"40\"}]"));
    }

    @Test
    void everyRefusedCellIsListedBySheetAndCell() throws Exception {
        var report = details(LIBRARY, ReportStatus.DRAFT, Map.of(), Set.of());
        var filled = edit(QuestionnaireSpreadsheet.write(report, Language.FR), workbook -> {
            var answers = workbook.getSheet(QuestionnaireSpreadsheet.ANSWERS);
            answer(answers, "P-1", "maybe");
            answer(answers, "F-2", "900");
            var extra = answers.createRow(answers.getLastRowNum() + 1);
            extra.createCell(0).setCellValue("NOPE-1");
            var tables = workbook.getSheet(QuestionnaireSpreadsheet.TABLES);
            row(tables, 1, "F-4", "1", "staff", "lots");
        });
        var lastRow = countRows(filled) + 1;
        assertThatThrownBy(() -> QuestionnaireSpreadsheet.read(filled, report))
                .isInstanceOfSatisfying(SpreadsheetRefused.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.sheet() + "!" + p.cell() + " " + p.messageKey())
                        .containsExactlyInAnyOrder("Answers!G2 reporting.answer.choice.unknown",
                                "Answers!G5 reporting.answer.number.range",
                                "Answers!A" + lastRow + " reporting.spreadsheet.code.unknown",
                                "Tables!D2 reporting.answer.table.cell"));
    }

    @Test
    void aLockedReportRefusesChangedAnswersButAcceptsItsOwnDownload() throws Exception {
        var locked = details(LIBRARY, ReportStatus.CLARIFICATION_REQUESTED, Map.of("P-1", "YES", "F-1", "20"), Set.of("F-1"));
        var download = QuestionnaireSpreadsheet.write(locked, Language.EN);
        assertThat(QuestionnaireSpreadsheet.read(download, locked)).isEmpty();
        var changed = edit(download, workbook -> {
            answer(workbook.getSheet(QuestionnaireSpreadsheet.ANSWERS), "P-1", "NO");
            answer(workbook.getSheet(QuestionnaireSpreadsheet.ANSWERS), "F-1", "30");
        });
        assertThatThrownBy(() -> QuestionnaireSpreadsheet.read(changed, locked))
                .isInstanceOfSatisfying(SpreadsheetRefused.class, refused -> assertThat(refused.problems())
                        .extracting(CellProblem::messageKey).containsExactly("reporting.item.locked"));
    }

    @Test
    void anAnswerThatLooksLikeAFormulaIsExportedAsQuotedTextAndReadBackUnchanged() throws Exception {
        var formula = "=HYPERLINK(\"https://evil.example\",\"Click\")";
        var report = details(LIBRARY, ReportStatus.DRAFT,
                Map.of("F-4", "[{\"country\":\"" + formula.replace("\"", "\\\"") + "\",\"staff\":\"40\"}]"), Set.of());
        var download = QuestionnaireSpreadsheet.write(report, Language.EN);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(download))) {
            var cells = new java.util.ArrayList<org.apache.poi.ss.usermodel.Cell>();
            workbook.getSheet(QuestionnaireSpreadsheet.TABLES).forEach(row -> row.forEach(cell -> {
                if (formula.equals(cell.getStringCellValue())) {
                    cells.add(cell);
                }
            }));
            assertThat(cells).as("the answer is in the tables sheet").hasSize(1).allSatisfy(cell -> {
                assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed()).as("quote-prefixed, never evaluated").isTrue();
            });
        }
        assertThat(QuestionnaireSpreadsheet.read(download, report)).as("uploaded again, the same answer").isEmpty();
    }

    @Test
    void theDemoLibrarysQuestionnaireRoundTrips() {
        var demo = FrameworkFixtures.demoLibrary();
        var report = details(demo, ReportStatus.DRAFT, Map.of("IND-30-1", "YES", "IND-30-6", "3"), Set.of());
        assertThat(QuestionnaireSpreadsheet.read(QuestionnaireSpreadsheet.write(report, Language.AR), report)).isEmpty();
    }

    interface Edit {
        void apply(XSSFWorkbook workbook) throws Exception;
    }

    static byte[] edit(byte[] content, Edit edit) throws Exception {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(content)); var out = new ByteArrayOutputStream()) {
            edit.apply(workbook);
            workbook.write(out);
            return out.toByteArray();
        }
    }

    static void answer(Sheet sheet, String code, String value) {
        for (var row : sheet) {
            if (row.getCell(0) != null && code.equals(row.getCell(0).getStringCellValue())) {
                row.getCell(QuestionnaireSpreadsheet.ANSWER_COLUMN).setCellValue(value);
                return;
            }
        }
        throw new AssertionError("no row for " + code);
    }

    static void row(Sheet sheet, int index, String... values) {
        var row = sheet.createRow(index);
        for (var i = 0; i < values.length; i++) {
            row.createCell(i).setCellValue(values[i]);
        }
    }

    static int countRows(byte[] content) throws Exception {
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            return workbook.getSheet(QuestionnaireSpreadsheet.ANSWERS).getLastRowNum();
        }
    }
}
