package org.custodes.fieldvoice.survey;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Survey rounds with their distribution points and the anonymous responses they received. */
@Repository
class Rounds {

    /** One counted answer: where it came from and what was chosen. */
    record Count(String token, String question, String choice, int answers) {
    }

    record FreeText(UUID response, String token, String question, byte[] sealed) {
    }

    private final JdbcClient jdbc;

    Rounds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(SurveyRound round) {
        jdbc.sql("""
                insert into fieldvoice.survey_round (id, version_id, name, status, opens_at, closes_at)
                values (:id, :version, :name, :status, :opens, :closes)
                """).param("id", round.id()).param("version", round.version()).param("name", round.name())
                .param("status", round.status().name()).param("opens", Timestamp.from(round.opensAt()))
                .param("closes", Timestamp.from(round.closesAt())).update();
    }

    void update(SurveyRound round) {
        var rows = jdbc.sql("""
                update fieldvoice.survey_round set status = :status, version = version + 1
                where id = :id and version = :version
                """).param("status", round.status().name()).param("id", round.id())
                .param("version", round.rowVersion()).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("survey round " + round.id() + " was changed by someone else");
        }
    }

    Optional<SurveyRound> find(UUID id) {
        return jdbc.sql("select * from fieldvoice.survey_round where id = :id").param("id", id)
                .query((row, n) -> round(row)).optional();
    }

    List<SurveyRound> all() {
        return jdbc.sql("select * from fieldvoice.survey_round order by opens_at desc").query((row, n) -> round(row))
                .list();
    }

    void insertPoint(DistributionPoint point) {
        jdbc.sql("""
                insert into fieldvoice.distribution_point (token, round_id, company_id, company_name, country, language)
                values (:token, :round, :company, :name, :country, :language)
                """).param("token", point.token()).param("round", point.round())
                .param("company", point.company().value()).param("name", point.companyName())
                .param("country", point.country()).param("language", point.language().code()).update();
    }

    Optional<DistributionPoint> point(String token) {
        return jdbc.sql("select * from fieldvoice.distribution_point where token = :token").param("token", token)
                .query((row, n) -> point(row)).optional();
    }

    List<DistributionPoint> points(UUID round) {
        return jdbc.sql("select * from fieldvoice.distribution_point where round_id = :round order by company_name, country")
                .param("round", round).query((row, n) -> point(row)).list();
    }

    void insertResponse(UUID id, DistributionPoint point, LocalDate on) {
        jdbc.sql("""
                insert into fieldvoice.survey_response (id, round_id, token, answered_on)
                values (:id, :round, :token, :on)
                """).param("id", id).param("round", point.round()).param("token", point.token())
                .param("on", Date.valueOf(on)).update();
    }

    void insertAnswer(UUID response, String question, @Nullable String choice, byte @Nullable [] sealedText) {
        jdbc.sql("""
                insert into fieldvoice.survey_answer (response_id, question, choice, sealed_text)
                values (:response, :question, :choice, :sealed)
                """).param("response", response).param("question", question).param("choice", choice)
                .param("sealed", sealedText).update();
    }

    /** How many responses each distribution point of a round received. */
    java.util.Map<String, Integer> responses(UUID round) {
        var result = new java.util.HashMap<String, Integer>();
        jdbc.sql("select token, count(*) as n from fieldvoice.survey_response where round_id = :round group by token")
                .param("round", round).query((row, n) -> result.put(row.getString("token"), row.getInt("n"))).list();
        return result;
    }

    List<Count> counts(UUID round) {
        return jdbc.sql("""
                select r.token, a.question, a.choice, count(*) as n
                from fieldvoice.survey_answer a join fieldvoice.survey_response r on r.id = a.response_id
                where r.round_id = :round and a.choice is not null
                group by r.token, a.question, a.choice
                """).param("round", round)
                .query((row, n) -> new Count(row.getString("token"), row.getString("question"), row.getString("choice"),
                        row.getInt("n"))).list();
    }

    List<FreeText> freeTexts(UUID round) {
        return jdbc.sql("""
                select a.response_id, r.token, a.question, a.sealed_text
                from fieldvoice.survey_answer a join fieldvoice.survey_response r on r.id = a.response_id
                where r.round_id = :round and a.sealed_text is not null order by r.answered_on, a.response_id
                """).param("round", round)
                .query((row, n) -> new FreeText(row.getObject("response_id", UUID.class), row.getString("token"), row.getString("question"),
                        row.getBytes("sealed_text"))).list();
    }

    private static SurveyRound round(ResultSet row) throws SQLException {
        return new SurveyRound(row.getObject("id", UUID.class), row.getObject("version_id", UUID.class),
                row.getString("name"), RoundStatus.valueOf(row.getString("status")),
                row.getTimestamp("opens_at").toInstant(), row.getTimestamp("closes_at").toInstant(),
                row.getLong("version"));
    }

    private static DistributionPoint point(ResultSet row) throws SQLException {
        return new DistributionPoint(row.getString("token"), row.getObject("round_id", UUID.class),
                new OrganisationId(row.getObject("company_id", UUID.class)), row.getString("company_name"),
                row.getString("country"), Language.fromCode(row.getString("language")).orElseThrow());
    }
}
