package org.custodes.shared;

import java.util.List;

import org.apache.poi.ss.usermodel.CellPropertyType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellUtil;

/**
 * Writes the rows of every workbook the application hands out. Everything is a text cell, so codes like "01" and
 * numbers round-trip exactly, and a text that a spreadsheet would take for a formula when someone edits the cell
 * ({@code =}, {@code +}, {@code -}, {@code @}, or a tab or carriage return before one) is also marked quote-prefixed,
 * as Excel and LibreOffice mark text typed after an apostrophe: shown and read back as the same text, never
 * evaluated (CSV/formula injection, OWASP). The value itself is not altered, so an exported questionnaire uploaded
 * again reads the same answers.
 */
public final class SpreadsheetRows {

    private SpreadsheetRows() {
    }

    /** Writes {@code values} as the text cells of row {@code index}. */
    public static void textRow(Sheet sheet, int index, List<String> values) {
        var row = sheet.createRow(index);
        for (var column = 0; column < values.size(); column++) {
            var value = values.get(column);
            var cell = row.createCell(column);
            cell.setCellValue(value);
            if (readAsFormula(value)) {
                // CellUtil shares one style per set of properties, so a long export adds one style, not one per cell.
                CellUtil.setCellStyleProperty(cell, CellPropertyType.QUOTE_PREFIXED, true);
            }
        }
    }

    /** Whether a spreadsheet would read the text as a formula once the cell is edited. */
    public static boolean readAsFormula(String value) {
        var start = 0;
        while (start < value.length() && (value.charAt(start) == '\t' || value.charAt(start) == '\r'
                || value.charAt(start) == ' ')) {
            start++;
        }
        if (start == value.length()) {
            return false;
        }
        var first = value.charAt(start);
        return first == '=' || first == '+' || first == '-' || first == '@';
    }
}
