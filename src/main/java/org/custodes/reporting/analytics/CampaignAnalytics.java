package org.custodes.reporting.analytics;

import java.util.List;
import java.util.Map;

import org.custodes.framework.Indicator;
import org.custodes.framework.QuestionnaireSection;
import org.custodes.reporting.campaign.CampaignSummary;
import org.jspecify.annotations.Nullable;

/** The secretariat's view of a campaign: submission and timeliness, scores per section, answers per indicator. */
public record CampaignAnalytics(CampaignSummary campaign, int participants, int onTime, int late, int notSubmitted,
        int flaggedNotSubmitted, int submissionRatePercent, int timelinessPercent, List<SectionDistribution> sections,
        List<AnswerDistribution> answers) {

    public CampaignAnalytics {
        sections = List.copyOf(sections);
        answers = List.copyOf(answers);
    }

    /** How the scored reports spread over 0-19, 20-39, 40-59, 60-79 and 80-100 in one section. */
    public record SectionDistribution(QuestionnaireSection section, int reports, @Nullable Integer average,
            List<Integer> buckets) {

        public SectionDistribution {
            buckets = List.copyOf(buckets);
        }
    }

    /** How many submitted reports gave each answer to one indicator (several per report for multiple choice). */
    public record AnswerDistribution(Indicator indicator, Map<String, Integer> counts) {

        public AnswerDistribution {
            counts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(counts));
        }
    }
}
