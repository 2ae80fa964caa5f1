package org.custodes.reporting.questionnaire;

/** One refused cell of an uploaded questionnaire: sheet, cell reference (like G12) and a message key. */
public record CellProblem(String sheet, String cell, String messageKey, Object... arguments) {

    public CellProblem {
        arguments = arguments.clone();
    }
}
