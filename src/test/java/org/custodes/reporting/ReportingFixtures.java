package org.custodes.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.custodes.framework.AnswerType;
import org.custodes.framework.Choice;
import org.custodes.framework.Condition;
import org.custodes.framework.Indicator;
import org.custodes.framework.IndicatorLibrary;
import org.custodes.framework.IndicatorType;
import org.custodes.framework.LibrarySummary;
import org.custodes.framework.LibraryVersionId;
import org.custodes.framework.QuestionnaireSection;
import org.custodes.framework.TableColumn;
import org.custodes.framework.Texts;
import org.custodes.reporting.questionnaire.Questionnaire;
import org.custodes.reporting.report.ReportViews;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/** A small library built by hand, and reports over it, for tests without a database. */
public final class ReportingFixtures {

    public static final QuestionnaireSection POLICY = new QuestionnaireSection("S1", 1, Texts.english("Policy"));
    public static final QuestionnaireSection FORCE = new QuestionnaireSection("S2", 2, Texts.english("Force"));

    public static final Indicator HAS_POLICY = indicator("P-1", "S1", 44, AnswerType.YES_NO, true, 3, null);
    public static final Indicator APPLIED = indicator("P-2", "S1", 44, AnswerType.YES_PARTLY_NO_NA, true, 2, "P-1 = YES");
    public static final Indicator POLICY_FILE = indicator("P-3", "S1", 44, AnswerType.EVIDENCE_FILE, true, 1, "P-1 = YES");
    public static final Indicator BRIEFED = indicator("F-1", "S2", 30, AnswerType.PERCENTAGE, true, 2, null);
    public static final Indicator INCIDENTS = new Indicator("F-2", "S2", 5, List.of(30), IndicatorType.OUTCOME,
            AnswerType.WHOLE_NUMBER, true, 0L, 500L, List.of(), List.of(), null, 0, Texts.english("Incidents?"),
            Texts.none(), Texts.none());
    public static final Indicator MEASURES = new Indicator("F-3", "S2", 6, List.of(29), IndicatorType.PERFORMANCE,
            AnswerType.MULTIPLE_CHOICE, false, null, null, List.of(new Choice("TRAINING", Texts.english("Training"), 50),
                    new Choice("AUDIT", Texts.english("Audit"), 50), new Choice("OTHER", Texts.english("Other"), null)),
            List.of(), null, 1, Texts.english("Measures?"), Texts.none(), Texts.none());
    public static final Indicator SITES = new Indicator("F-4", "S2", 7, List.of(30), IndicatorType.OUTCOME, AnswerType.TABLE,
            false, null, null, List.of(), List.of(new TableColumn("country", AnswerType.SHORT_TEXT, Texts.english("Country")),
                    new TableColumn("staff", AnswerType.WHOLE_NUMBER, Texts.english("Staff")),
                    new TableColumn("checked", AnswerType.DATE, Texts.english("Checked"))),
            null, 0, Texts.english("Sites?"), Texts.none(), Texts.none());
    public static final Indicator REVIEWED = indicator("F-5", "S2", 30, AnswerType.DATE, false, 0, "F-3 = AUDIT");

    public static final IndicatorLibrary LIBRARY = new IndicatorLibrary(new LibrarySummary(new LibraryVersionId(UUID.randomUUID()),
            1, "2010", "JSON", Instant.parse("2026-07-01T00:00:00Z"), 2, 8), List.of(POLICY, FORCE),
            List.of(HAS_POLICY, APPLIED, POLICY_FILE, BRIEFED, INCIDENTS, MEASURES, SITES, REVIEWED));

    private ReportingFixtures() {
    }

    public static Indicator indicator(String code, String section, int paragraph, AnswerType type, boolean required, int weight,
            @Nullable String condition) {
        return new Indicator(code, section, 1, List.of(paragraph), IndicatorType.PROCEDURAL, type, required, null, null,
                List.of(), List.of(), condition == null ? null : Condition.parse(condition).orElseThrow(), weight,
                Texts.english(code + "?"), Texts.none(), Texts.none());
    }

    public static Questionnaire questionnaire(Map<String, String> answers, Map<String, Integer> evidence) {
        return new Questionnaire(LIBRARY, answers, evidence);
    }

    public static ReportDetails details(IndicatorLibrary library, ReportStatus status, Map<String, String> answers,
            Set<String> reopened) {
        var summary = new ReportSummary(new ReportId(UUID.randomUUID()), new CampaignId(UUID.randomUUID()), 2026, "CSA 2026",
                new OrganisationId(UUID.randomUUID()), "Aegis", status, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 23),
                false, null, null);
        return ReportViews.details(new ReportViews.Inputs(summary, new Questionnaire(library, answers, Map.of()), reopened,
                List.of(), List.of(), null, null, true, false));
    }
}
