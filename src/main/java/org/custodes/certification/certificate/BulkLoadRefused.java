package org.custodes.certification.certificate;

import java.util.List;

import org.custodes.shared.BusinessRuleViolation;

/** A bulk load had at least one problem, so nothing of it was saved. */
public class BulkLoadRefused extends BusinessRuleViolation {

    private final transient List<CertificateImportProblem> problems;

    public BulkLoadRefused(List<CertificateImportProblem> problems) {
        super("certification.bulk.refused", problems.size());
        this.problems = List.copyOf(problems);
    }

    public List<CertificateImportProblem> problems() {
        return problems;
    }
}
