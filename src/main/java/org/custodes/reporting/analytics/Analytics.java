package org.custodes.reporting.analytics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.custodes.framework.AnswerType;
import org.custodes.framework.Indicator;
import org.custodes.framework.IndicatorLibrary;
import org.custodes.reporting.CampaignId;
import org.custodes.reporting.ReportingService;
import org.custodes.reporting.campaign.CampaignSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Aggregates over a campaign's submitted reports, each figure in one query. */
@Component
public class Analytics {

    /** A section's average score over the companies that have one. */
    public record Group(int companies, int average) {
    }

    private final JdbcClient jdbc;

    Analytics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, Group> sectionAverages(CampaignId campaign) {
        var groups = new HashMap<String, Group>();
        jdbc.sql("""
                select s.section_code, count(distinct r.organisation_id), round(avg(s.score))
                from reporting.section_score s
                join reporting.report r on r.organisation_id = s.organisation_id and r.id = s.report_id
                where r.campaign_id = :campaign and r.status <> 'DRAFT'
                group by s.section_code
                """).param("campaign", campaign.value())
                .query((row, n) -> groups.put(row.getString(1), new Group(row.getInt(2), row.getInt(3)))).list();
        return groups;
    }

    public CampaignAnalytics of(CampaignSummary campaign, IndicatorLibrary library) {
        record Counts(int total, int onTime, int late, int notSubmitted, int flagged) {
        }
        var counts = jdbc.sql("""
                select count(*),
                       count(*) filter (where status <> 'DRAFT' and not late),
                       count(*) filter (where status <> 'DRAFT' and late),
                       count(*) filter (where status = 'DRAFT'),
                       count(*) filter (where flagged_not_submitted_on is not null)
                from reporting.report where campaign_id = :campaign
                """).param("campaign", campaign.id().value())
                .query((row, n) -> new Counts(row.getInt(1), row.getInt(2), row.getInt(3), row.getInt(4), row.getInt(5)))
                .single();
        var submitted = counts.onTime() + counts.late();
        return new CampaignAnalytics(campaign, counts.total(), counts.onTime(), counts.late(), counts.notSubmitted(),
                counts.flagged(), counts.total() == 0 ? 0 : submitted * 100 / counts.total(),
                submitted == 0 ? 0 : counts.onTime() * 100 / submitted, sections(campaign, library),
                answers(campaign, library));
    }

    private List<CampaignAnalytics.SectionDistribution> sections(CampaignSummary campaign, IndicatorLibrary library) {
        var buckets = new HashMap<String, int[]>();
        var sums = new HashMap<String, Long>();
        jdbc.sql("""
                select s.section_code, least(s.score / 20, 4) as bucket, count(*), sum(s.score)
                from reporting.section_score s
                join reporting.report r on r.organisation_id = s.organisation_id and r.id = s.report_id
                where r.campaign_id = :campaign and r.status <> 'DRAFT'
                group by 1, 2
                """).param("campaign", campaign.id().value())
                .query((row, n) -> {
                    buckets.computeIfAbsent(row.getString(1), code -> new int[5])[row.getInt(2)] += row.getInt(3);
                    return sums.merge(row.getString(1), row.getLong(4), Long::sum);
                }).list();
        var result = new ArrayList<CampaignAnalytics.SectionDistribution>();
        for (var section : library.sections()) {
            var counts = buckets.getOrDefault(section.code(), new int[5]);
            var reports = java.util.Arrays.stream(counts).sum();
            result.add(new CampaignAnalytics.SectionDistribution(section, reports,
                    reports == 0 ? null : (int) Math.round((double) sums.get(section.code()) / reports),
                    java.util.Arrays.stream(counts).boxed().toList()));
        }
        return result;
    }

    /** Every answer of every submitted report, counted per indicator and value, in one query. */
    private List<CampaignAnalytics.AnswerDistribution> answers(CampaignSummary campaign, IndicatorLibrary library) {
        var counted = library.indicators().stream().filter(i -> i.answerType().canBeTested()).toList();
        var multiple = counted.stream().filter(i -> i.answerType() == AnswerType.MULTIPLE_CHOICE).map(Indicator::code)
                .toArray(String[]::new);
        var codes = counted.stream().map(Indicator::code).toArray(String[]::new);
        var counts = new HashMap<String, Map<String, Integer>>();
        jdbc.sql("""
                select a.indicator_code, v.value, count(*)
                from reporting.answer a
                join reporting.report r on r.organisation_id = a.organisation_id and r.id = a.report_id
                cross join lateral unnest(case when a.indicator_code = any(:multiple)
                                               then string_to_array(a.value, ';') else array[a.value] end) as v(value)
                where r.campaign_id = :campaign and r.status <> 'DRAFT' and a.indicator_code = any(:codes)
                group by 1, 2
                """).param("campaign", campaign.id().value()).param("multiple", multiple).param("codes", codes)
                .query((row, n) -> counts.computeIfAbsent(row.getString(1), code -> new HashMap<>())
                        .put(row.getString(2), row.getInt(3))).list();
        return counted.stream().map(indicator -> new CampaignAnalytics.AnswerDistribution(indicator,
                ReportingService.ordered(counts.getOrDefault(indicator.code(), Map.of()), indicator.testableValues())))
                .toList();
    }
}
