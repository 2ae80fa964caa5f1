package org.custodes.framework;

import java.util.List;

import org.custodes.shared.BusinessRuleViolation;

/** An import with at least one problem; none of it was saved. */
public class LibraryImportRefused extends BusinessRuleViolation {

    private final transient List<FrameworkImportProblem> problems;

    public LibraryImportRefused(List<FrameworkImportProblem> problems) {
        super("framework.import.refused", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<FrameworkImportProblem> problems() {
        return problems;
    }
}
