package org.custodes.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** security.md: no formula injection through an exported workbook (every export writes its rows through here). */
class SpreadsheetRowsTests {

    @ParameterizedTest
    @ValueSource(strings = { "=1+1", "+41 22 555 01 01", "-2+3", "@SUM(A1:A2)", "\t=cmd|' /C calc'!A0", "\r=1", " =1" })
    void textThatASpreadsheetWouldEvaluateIsQuotePrefixedAndKeptAsItIs(String value) throws Exception {
        try (var workbook = new XSSFWorkbook()) {
            SpreadsheetRows.textRow(workbook.createSheet("s"), 0, List.of(value));
            var cell = workbook.getSheet("s").getRow(0).getCell(0);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).isEqualTo(value);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "Kenya", "01", "87.5", "", "a=b", "e-mail" })
    void otherTextIsPlain(String value) throws Exception {
        try (var workbook = new XSSFWorkbook()) {
            SpreadsheetRows.textRow(workbook.createSheet("s"), 0, List.of(value));
            var cell = workbook.getSheet("s").getRow(0).getCell(0);
            assertThat(cell.getStringCellValue()).isEqualTo(value);
            assertThat(cell.getCellStyle().getQuotePrefixed()).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(ints = { 1, 500 })
    void oneStyleServesEveryQuotedCell(int cells) throws Exception {
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("s");
            var before = workbook.getNumCellStyles();
            for (var i = 0; i < cells; i++) {
                SpreadsheetRows.textRow(sheet, i, List.of("=" + i, "plain"));
            }
            assertThat(workbook.getNumCellStyles()).isEqualTo(before + 1);
        }
    }
}
