package org.custodes.reporting;

import java.util.List;

import org.custodes.reporting.questionnaire.ItemProblem;
import org.custodes.shared.BusinessRuleViolation;

/** A step on a whole report that its state does not allow; a refused submission lists the items to fix. */
public class ReportRefused extends BusinessRuleViolation {

    private final transient List<ItemProblem> problems;

    public ReportRefused(String messageKey, List<ItemProblem> problems, Object... arguments) {
        super(messageKey, arguments);
        this.problems = List.copyOf(problems);
    }

    public ReportRefused(String messageKey, Object... arguments) {
        this(messageKey, List.of(), arguments);
    }

    public List<ItemProblem> problems() {
        return problems;
    }
}
