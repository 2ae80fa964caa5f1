package org.custodes.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custodes.shared.Language;
import org.junit.jupiter.api.Test;

class LibraryRoundTripTests {

    final IndicatorLibrary demo = FrameworkFixtures.demoLibrary();

    @Test
    void theDemoLibraryHasAtLeast450IndicatorsOverEveryParagraphFrom9To70() {
        assertThat(demo.indicators()).hasSizeGreaterThanOrEqualTo(450);
        var covered = demo.indicators().stream().flatMap(i -> i.paragraphs().stream()).distinct().sorted().toList();
        assertThat(covered).containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(9, 70).boxed().toList());
        assertThat(demo.indicators()).allSatisfy(i -> assertThat(i.guidance().english()).startsWith("[Demo]"));
        assertThat(demo.indicators().stream().map(Indicator::answerType).distinct()).hasSize(AnswerType.values().length);
    }

    @Test
    void aSpreadsheetExportImportsBackToTheSameLibrary() {
        var workbook = LibrarySpreadsheet.write(demo);
        var again = LibraryRules.check(LibrarySpreadsheet.read(workbook), FrameworkFixtures::codeVersions);
        assertThat(again.sections()).isEqualTo(demo.sections());
        assertThat(again.indicators()).isEqualTo(demo.indicators());
    }

    @Test
    void aJsonExportImportsBackToTheSameLibrary() {
        var document = LibraryJson.write(FrameworkFixtures.JSON, demo);
        var again = LibraryRules.check(LibraryJson.read(FrameworkFixtures.JSON, document), FrameworkFixtures::codeVersions);
        assertThat(again.sections()).isEqualTo(demo.sections());
        assertThat(again.indicators()).isEqualTo(demo.indicators());
    }

    @Test
    void translationsFallBackToEnglish() {
        var texts = Texts.english("Policy");
        assertThat(texts.in(Language.FR)).isEqualTo("Policy");
        var indicator = demo.indicator("IND-30-1").orElseThrow();
        assertThat(indicator.question().in(Language.AR)).contains("30").isNotEqualTo(indicator.question().english());
    }

    @Test
    void aSpreadsheetWithErrorsListsEachWithSheetRowAndColumn() throws Exception {
        byte[] broken;
        try (var workbook = new XSSFWorkbook(new java.io.ByteArrayInputStream(LibrarySpreadsheet.write(demo)));
                var out = new ByteArrayOutputStream()) {
            var indicators = workbook.getSheet(LibrarySpreadsheet.INDICATORS);
            indicators.getRow(1).getCell(4).setCellValue("YES_MAYBE");        // E2: answer_type
            indicators.getRow(2).getCell(2).setCellValue("30;99");            // C3: paragraphs
            indicators.getRow(3).getCell(0).setCellValue(indicators.getRow(1).getCell(0).getStringCellValue()); // A4: duplicate of A2
            indicators.getRow(4).getCell(8).setCellValue("IND-30-1 = PERHAPS"); // I5: condition value
            workbook.write(out);
            broken = out.toByteArray();
        }
        assertThatThrownBy(() -> LibraryRules.check(LibrarySpreadsheet.read(broken), FrameworkFixtures::codeVersions))
                .isInstanceOfSatisfying(LibraryImportRefused.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.sheet() + "!" + p.row() + "!" + p.column() + "!" + p.messageKey())
                        .contains("Indicators!2!E (answer_type)!framework.import.value.unknown",
                                "Indicators!3!C (paragraphs)!framework.import.paragraph.unknown",
                                "Indicators!4!A (code)!framework.import.code.duplicate",
                                "Indicators!5!I (condition)!framework.import.condition.value"));
    }

    @Test
    void aJsonDocumentWithErrorsPointsAtItsFields() {
        var json = """
                {"codeVersion": "2010",
                 "sections": [{"code": "S1", "title": {"en": "Policy"}}],
                 "indicators": [
                   {"code": "A-1", "section": "S1", "paragraphs": [30], "type": "PROCEDURAL", "answerType": "YES_NO",
                    "required": true, "question": {"en": "Policy?"}},
                   {"code": "A-2", "section": "S9", "paragraphs": [30], "type": "PROCEDURAL", "answerType": "WHOLE_NUMBER",
                    "required": "sometimes", "min": 5, "max": 1, "question": {"fr": "Combien ?"}}
                 ]}
                """;
        assertThatThrownBy(() -> LibraryRules.check(LibraryJson.read(FrameworkFixtures.JSON, json.getBytes()),
                FrameworkFixtures::codeVersions))
                .isInstanceOfSatisfying(LibraryImportRefused.class, refused -> assertThat(refused.problems())
                        .extracting(p -> p.row() + " " + p.column() + " " + p.messageKey())
                        .containsExactlyInAnyOrder(
                                "2 indicators[1].section framework.import.section.unknown",
                                "2 indicators[1].required framework.import.boolean.invalid",
                                "2 indicators[1].max framework.import.bounds.order",
                                "2 indicators[1].question.en framework.import.required"));
    }

    @Test
    void conditionsThatLoopOrTestAnUntestableAnswerAreRefused() {
        var json = """
                {"codeVersion": "2010", "sections": [{"code": "S1", "title": {"en": "S"}}],
                 "indicators": [
                   {"code": "A", "section": "S1", "paragraphs": [30], "type": "OUTCOME", "answerType": "YES_NO",
                    "required": false, "condition": "B = YES", "question": {"en": "A?"}},
                   {"code": "B", "section": "S1", "paragraphs": [30], "type": "OUTCOME", "answerType": "YES_NO",
                    "required": false, "condition": "A = YES", "question": {"en": "B?"}},
                   {"code": "C", "section": "S1", "paragraphs": [30], "type": "OUTCOME", "answerType": "DATE",
                    "required": false, "question": {"en": "C?"}},
                   {"code": "D", "section": "S1", "paragraphs": [30], "type": "OUTCOME", "answerType": "YES_NO",
                    "required": false, "condition": "C = YES", "question": {"en": "D?"}}
                 ]}
                """;
        assertThatThrownBy(() -> LibraryRules.check(LibraryJson.read(FrameworkFixtures.JSON, json.getBytes()),
                FrameworkFixtures::codeVersions))
                .isInstanceOfSatisfying(LibraryImportRefused.class, refused -> assertThat(refused.problems())
                        .extracting(FrameworkImportProblem::messageKey)
                        .containsExactly("framework.import.condition.loop", "framework.import.condition.loop",
                                "framework.import.condition.untestable"));
    }

    @Test
    void somethingThatIsNeitherSpreadsheetNorJsonIsUnreadable() {
        assertThatThrownBy(() -> LibrarySpreadsheet.read("not a workbook".getBytes()))
                .isInstanceOfSatisfying(LibraryImportRefused.class, refused -> assertThat(refused.problems())
                        .extracting(FrameworkImportProblem::messageKey).isEqualTo(List.of("framework.import.unreadable")));
    }
}
