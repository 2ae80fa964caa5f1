package org.custodes.framework;

import java.util.Map;

/**
 * One row of an imported library as typed, before any check: cells by field name, and where each field came from
 * (a spreadsheet column, a JSON path) so that problems point at it.
 */
record RawRow(String sheet, int row, Map<String, String> cells, Map<String, String> columns) {

    RawRow {
        cells = Map.copyOf(cells);
        columns = Map.copyOf(columns);
    }

    String get(String field) {
        var value = cells.get(field);
        return value == null ? "" : value.strip();
    }

    boolean has(String field) {
        return !get(field).isEmpty();
    }

    FrameworkImportProblem problem(String field, String messageKey, Object... arguments) {
        return new FrameworkImportProblem(sheet, row, columns.getOrDefault(field, field), messageKey, arguments);
    }
}
