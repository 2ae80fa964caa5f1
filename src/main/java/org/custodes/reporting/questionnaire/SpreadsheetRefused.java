package org.custodes.reporting.questionnaire;

import java.util.List;

import org.custodes.shared.BusinessRuleViolation;

/** An uploaded questionnaire with at least one refused cell; nothing of it was saved. */
public class SpreadsheetRefused extends BusinessRuleViolation {

    private final transient List<CellProblem> problems;

    public SpreadsheetRefused(List<CellProblem> problems) {
        super("reporting.spreadsheet.refused", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<CellProblem> problems() {
        return problems;
    }
}
