package org.custodes.reporting;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.custodes.reporting.questionnaire.ItemProblem;
import org.custodes.reporting.questionnaire.ItemView;
import org.custodes.reporting.questionnaire.SectionView;

/**
 * A whole report for its pages: summary, every section with its items and progress, the overall progress, what
 * the viewer may do, and the year of the answers it is compared with.
 */
public record ReportDetails(ReportSummary report, List<SectionView> sections, SectionView overall, boolean editable,
        boolean submittable, boolean reviewable, @Nullable Integer comparedWithYear) {

    public ReportDetails {
        sections = List.copyOf(sections);
    }

    public Optional<SectionView> section(String code) {
        return sections.stream().filter(s -> s.section() != null && s.section().code().equals(code)).findFirst();
    }

    public Optional<ItemView> item(String code) {
        return sections.stream().flatMap(s -> s.items().stream()).filter(i -> i.code().equals(code)).findFirst();
    }

    public List<ItemProblem> problems() {
        return sections.stream().flatMap(s -> s.items().stream()).flatMap(i -> i.problems().stream()).toList();
    }
}
