package org.custodes.reporting.questionnaire;

import java.util.List;
import java.util.Map;

import org.custodes.framework.Indicator;
import org.custodes.reporting.analytics.ReviewComment;
import org.custodes.reporting.evidence.EvidenceSummary;
import org.custodes.reporting.report.Change;
import org.jspecify.annotations.Nullable;

/**
 * One item of a report as a page shows it: the indicator, the saved answer (also as chosen codes or table rows),
 * whether it applies, is required, answered, may be changed now, its problems, files, last year's answer and the
 * reviewers' comments.
 */
public record ItemView(Indicator indicator, @Nullable String value, List<String> chosen, List<Map<String, String>> rows,
        boolean applicable, boolean required, boolean answered, boolean editable, boolean reopened,
        List<ItemProblem> problems, List<EvidenceSummary> evidence, @Nullable String lastYearValue, Change change,
        List<ReviewComment> comments) {

    public ItemView {
        chosen = List.copyOf(chosen);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
        evidence = List.copyOf(evidence);
        comments = List.copyOf(comments);
    }

    public String code() {
        return indicator.code();
    }
}
