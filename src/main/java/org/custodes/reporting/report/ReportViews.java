package org.custodes.reporting.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.custodes.framework.AnswerType;
import org.custodes.framework.Indicator;
import org.custodes.reporting.ReportDetails;
import org.custodes.reporting.ReportStatus;
import org.custodes.reporting.ReportSummary;
import org.custodes.reporting.analytics.ReviewComment;
import org.custodes.reporting.evidence.EvidenceSummary;
import org.custodes.reporting.questionnaire.AnswerRules;
import org.custodes.reporting.questionnaire.ItemView;
import org.custodes.reporting.questionnaire.Questionnaire;
import org.custodes.reporting.questionnaire.SectionView;
import org.jspecify.annotations.Nullable;

/** Builds the page's view of a report from what the database holds. Pure. */
public final class ReportViews {

    public record Inputs(ReportSummary summary, Questionnaire questionnaire, Set<String> reopened,
            List<Reports.EvidenceFile> evidence, List<Reports.Comment> comments, @Nullable Map<String, String> lastYear,
            @Nullable Integer lastYearNumber, boolean fillable, boolean reviewable) {
    }

    private ReportViews() {
    }

    public static ReportDetails details(Inputs in) {
        var q = in.questionnaire();
        var status = in.summary().status();
        var sections = new ArrayList<SectionView>();
        var all = new ArrayList<ItemView>();
        for (var entry : q.library().bySection().entrySet()) {
            var items = entry.getValue().stream().map(indicator -> item(in, indicator)).toList();
            all.addAll(items);
            var progress = q.progress(entry.getKey());
            sections.add(new SectionView(entry.getKey(), progress.required(), progress.answeredRequired(),
                    progress.answered(), progress.percent(), progress.problems(), items));
        }
        var overall = q.overall();
        var editable = in.fillable() && all.stream().anyMatch(ItemView::editable);
        var submittable = in.fillable() && (status == ReportStatus.DRAFT || status == ReportStatus.CLARIFICATION_REQUESTED);
        return new ReportDetails(in.summary(), sections, new SectionView(null, overall.required(),
                overall.answeredRequired(), overall.answered(), overall.percent(), overall.problems(), List.of()),
                editable, submittable, in.reviewable() && status == ReportStatus.SUBMITTED, in.lastYearNumber());
    }

    private static ItemView item(Inputs in, Indicator indicator) {
        var q = in.questionnaire();
        var code = indicator.code();
        var value = q.answer(code);
        var last = in.lastYear() == null ? null : in.lastYear().get(code);
        Change change;
        if (in.lastYear() == null) {
            change = Change.NO_HISTORY;
        } else if (last == null) {
            change = value == null ? Change.NO_HISTORY : Change.NEW;
        } else {
            change = last.equals(value) ? Change.UNCHANGED : Change.CHANGED;
        }
        var evidence = in.evidence().stream().filter(e -> e.indicatorCode().equals(code))
                .map(e -> new EvidenceSummary(e.id(), e.filename(), e.mediaType(), e.size(), e.uploadedAt())).toList();
        var comments = in.comments().stream().filter(c -> c.indicatorCode().equals(code))
                .map(c -> new ReviewComment(c.body(), c.createdAt())).toList();
        var editable = in.fillable() && Report.editable(in.summary().status(), in.reopened(), code);
        return new ItemView(indicator, value,
                indicator.answerType() == AnswerType.MULTIPLE_CHOICE ? AnswerRules.chosen(value) : List.of(),
                indicator.answerType() == AnswerType.TABLE && value != null ? AnswerRules.rows(value) : List.of(),
                q.applicable(indicator), q.required(indicator), q.answered(indicator), editable,
                in.reopened().contains(code), q.problems(indicator), evidence, last, change, comments);
    }
}
