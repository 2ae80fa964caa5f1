package org.custodes.framework;

/**
 * One thing wrong with an imported library, where it is: the sheet (or JSON array), the row (counting from 1, the
 * header being row 1 in a spreadsheet) and the column (a letter and header, or a JSON field). The message is a
 * message key with arguments, said in the reader's language.
 */
public record FrameworkImportProblem(String sheet, int row, String column, String messageKey, Object... arguments) {

    public FrameworkImportProblem {
        arguments = arguments.clone();
    }
}
