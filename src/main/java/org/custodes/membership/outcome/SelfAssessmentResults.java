package org.custodes.membership.outcome;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.custodes.membership.LatestSelfAssessment;
import org.custodes.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The latest self-assessment result per company. A result for an older campaign year never replaces a newer one,
 * so events that arrive late or twice leave the right answer in place.
 */
@Repository
public class SelfAssessmentResults {

    private final JdbcClient jdbc;
    private final Clock clock;

    SelfAssessmentResults(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void record(OrganisationId company, LatestSelfAssessment result) {
        jdbc.sql("""
                insert into membership.self_assessment_result (organisation_id, year, satisfactory, accepted_on, recorded_at)
                values (:company, :year, :satisfactory, :acceptedOn, :now)
                on conflict (organisation_id) do update
                    set year = excluded.year, satisfactory = excluded.satisfactory, accepted_on = excluded.accepted_on,
                        recorded_at = excluded.recorded_at
                    where excluded.year >= membership.self_assessment_result.year
                """).param("company", company.value()).param("year", result.year())
                .param("satisfactory", result.satisfactory()).param("acceptedOn", Date.valueOf(result.acceptedOn()))
                .param("now", Timestamp.from(clock.instant())).update();
    }

    public Optional<LatestSelfAssessment> latest(OrganisationId company) {
        return jdbc.sql("""
                select year, satisfactory, accepted_on from membership.self_assessment_result where organisation_id = :company
                """).param("company", company.value())
                .query((row, n) -> new LatestSelfAssessment(row.getInt("year"), row.getBoolean("satisfactory"),
                        row.getObject("accepted_on", LocalDate.class)))
                .optional();
    }
}
