package org.custodes.certification;

import java.util.List;

import org.custodes.shared.BusinessRuleViolation;

/** A bulk load had at least one problem, so nothing of it was saved. */
public class BulkLoadRefused extends BusinessRuleViolation {

    private final transient List<ImportProblem> problems;

    public BulkLoadRefused(List<ImportProblem> problems) {
        super("certification.bulk.refused", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }
}
