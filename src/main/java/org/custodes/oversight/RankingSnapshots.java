package org.custodes.oversight;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The daily snapshots of the ranking. A recompute replaces the day's snapshot in four statements whatever the number
 * of companies (delete, then one insert of all ranks and one of all reasons from arrays); reading the latest day's
 * ranking, filtered by country or region, is one query for the ranks and one for their reasons.
 */
@Repository
class RankingSnapshots {

    private final JdbcClient jdbc;

    RankingSnapshots(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void replace(LocalDate day, List<CompanyScore> scores, Map<OrganisationId, List<String>> countries,
            Map<OrganisationId, List<String>> regions, Instant now) {
        jdbc.sql("delete from oversight.ranking_snapshot where day = :day").param("day", day).update();
        if (scores.isEmpty()) {
            return;
        }
        var ids = scores.stream().map(score -> score.company().value()).toArray(UUID[]::new);
        jdbc.sql("""
                insert into oversight.ranking_snapshot (day, organisation_id, name, rank, score, countries, regions,
                    computed_at)
                select :day, r.id, r.name, r.rank, r.score, string_to_array(r.countries, ','),
                       string_to_array(r.regions, '|'), :now
                from unnest(:ids, :names, :ranks, :scores, :countries, :regions)
                    as r(id, name, rank, score, countries, regions)
                """).param("day", day).param("now", Timestamp.from(now)).param("ids", ids)
                .param("names", scores.stream().map(CompanyScore::name).toArray(String[]::new))
                .param("ranks", scores.stream().map(CompanyScore::rank).toArray(Integer[]::new))
                .param("scores", scores.stream().map(CompanyScore::score).toArray(Double[]::new))
                .param("countries", scores.stream()
                        .map(score -> String.join(",", countries.getOrDefault(score.company(), List.of())))
                        .toArray(String[]::new))
                .param("regions", scores.stream()
                        .map(score -> String.join("|", regions.getOrDefault(score.company(), List.of())))
                        .toArray(String[]::new))
                .update();
        var reasonIds = new ArrayList<UUID>();
        var signals = new ArrayList<String>();
        var weights = new ArrayList<Double>();
        var intensities = new ArrayList<Double>();
        var points = new ArrayList<Double>();
        var facts = new ArrayList<String>();
        for (var score : scores) {
            for (var reason : score.reasons()) {
                reasonIds.add(score.company().value());
                signals.add(reason.signal());
                weights.add(reason.weight());
                intensities.add(reason.intensity());
                points.add(reason.points());
                facts.add(String.join("|", reason.facts()));
            }
        }
        jdbc.sql("""
                insert into oversight.ranking_reason (day, organisation_id, signal, weight, intensity, points, facts)
                select :day, r.* from unnest(:ids, :signals, :weights, :intensities, :points, :facts)
                    as r(id, signal, weight, intensity, points, facts)
                """).param("day", day).param("ids", reasonIds.toArray(UUID[]::new))
                .param("signals", signals.toArray(String[]::new)).param("weights", weights.toArray(Double[]::new))
                .param("intensities", intensities.toArray(Double[]::new))
                .param("points", points.toArray(Double[]::new)).param("facts", facts.toArray(String[]::new))
                .update();
    }

    Optional<LocalDate> latestDay() {
        return Optional.ofNullable(jdbc.sql("select max(day) from oversight.ranking_snapshot")
                .query(LocalDate.class).single());
    }

    /** The day's ranking, best rank first, of the companies operating in the country or region when one is given. */
    List<RankingLine> ranking(LocalDate day, @Nullable String country, @Nullable String region, int limit) {
        return lines(day, country, region, null, limit);
    }

    Optional<RankingLine> line(LocalDate day, OrganisationId company) {
        return lines(day, null, null, company.value(), 1).stream().findFirst();
    }

    long count(LocalDate day, @Nullable String country, @Nullable String region) {
        return jdbc.sql("""
                select count(*) from oversight.ranking_snapshot
                where day = :day and (cast(:country as text) is null or :country = any(countries))
                    and (cast(:region as text) is null or :region = any(regions))
                """).param("day", day).param("country", country).param("region", region).query(Long.class).single();
    }

    private List<RankingLine> lines(LocalDate day, @Nullable String country, @Nullable String region,
            @Nullable UUID company, int limit) {
        var reasons = new HashMap<UUID, List<Reason>>();
        jdbc.sql("""
                with s as (
                    select day, organisation_id from oversight.ranking_snapshot
                    where day = :day and (cast(:country as text) is null or :country = any(countries))
                        and (cast(:region as text) is null or :region = any(regions))
                        and (cast(:company as uuid) is null or organisation_id = :company)
                    order by rank, name, organisation_id limit :limit)
                select r.organisation_id, r.signal, r.weight, r.intensity, r.points, r.facts
                from oversight.ranking_reason r join s using (day, organisation_id)
                order by r.points desc, r.signal
                """).param("day", day).param("country", country).param("region", region).param("company", company)
                .param("limit", limit)
                .query(row -> {
                    reasons.computeIfAbsent(row.getObject(1, UUID.class), id -> new ArrayList<>())
                            .add(new Reason(row.getString(2), row.getDouble(3), row.getDouble(4), row.getDouble(5),
                                    facts(row.getString(6))));
                });
        return jdbc.sql("""
                select organisation_id, name, rank, score, countries, regions, computed_at
                from oversight.ranking_snapshot
                where day = :day and (cast(:country as text) is null or :country = any(countries))
                    and (cast(:region as text) is null or :region = any(regions))
                    and (cast(:company as uuid) is null or organisation_id = :company)
                order by rank, name, organisation_id limit :limit
                """).param("day", day).param("country", country).param("region", region).param("company", company)
                .param("limit", limit)
                .query((row, n) -> {
                    var id = row.getObject(1, UUID.class);
                    return new RankingLine(new CompanyScore(new OrganisationId(id), row.getString(2), row.getInt(3),
                            row.getDouble(4), reasons.getOrDefault(id, List.of())),
                            Arrays.asList((String[]) row.getArray(5).getArray()),
                            Arrays.asList((String[]) row.getArray(6).getArray()),
                            row.getTimestamp(7).toInstant());
                })
                .list();
    }

    List<RankPoint> history(OrganisationId company, LocalDate since) {
        return jdbc.sql("""
                select day, rank, score from oversight.ranking_snapshot where organisation_id = :id and day >= :since
                order by day desc
                """).param("id", company.value()).param("since", since)
                .query((row, n) -> new RankPoint(row.getObject(1, LocalDate.class), row.getInt(2),
                        row.getDouble(3)))
                .list();
    }

    private static List<String> facts(String joined) {
        return joined.isEmpty() ? List.of() : List.of(joined.split("\\|", -1));
    }
}
