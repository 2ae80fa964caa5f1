package org.custodes.fieldvoice.survey;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.custodes.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Surveys, their versions (the definition as JSON, frozen once a round opens) and their recordings. */
@Repository
class Surveys {

    record Version(UUID id, UUID survey, int number, SurveyDefinition definition, @Nullable Instant frozenAt,
            long rowVersion) {

        boolean frozen() {
            return frozenAt != null;
        }
    }

    private final JdbcClient jdbc;

    Surveys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(UUID survey, String title, Instant at) {
        jdbc.sql("insert into fieldvoice.survey (id, title, created_at) values (:id, :title, :at)")
                .param("id", survey).param("title", title).param("at", Timestamp.from(at)).update();
    }

    void insertVersion(UUID id, UUID survey, int number, SurveyDefinition definition) {
        jdbc.sql("""
                insert into fieldvoice.survey_version (id, survey_id, number, definition)
                values (:id, :survey, :number, cast(:definition as jsonb))
                """).param("id", id).param("survey", survey).param("number", number)
                .param("definition", JsonMapper.shared().writeValueAsString(definition)).update();
    }

    Optional<Version> version(UUID id) {
        return jdbc.sql("select * from fieldvoice.survey_version where id = :id").param("id", id)
                .query((row, n) -> new Version(row.getObject("id", UUID.class), row.getObject("survey_id", UUID.class),
                        row.getInt("number"), JsonMapper.shared().readValue(row.getString("definition"),
                                SurveyDefinition.class),
                        row.getTimestamp("frozen_at") == null ? null : row.getTimestamp("frozen_at").toInstant(),
                        row.getLong("version")))
                .optional();
    }

    void freeze(Version version, Instant at) {
        if (version.frozen()) {
            return;
        }
        var rows = jdbc.sql("""
                update fieldvoice.survey_version set frozen_at = :at, version = version + 1
                where id = :id and version = :version
                """).param("at", Timestamp.from(at)).param("id", version.id()).param("version", version.rowVersion())
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("survey version " + version.id() + " was changed");
        }
    }

    void putAudio(UUID version, String target, Language language, String mediaType, byte[] content) {
        jdbc.sql("""
                insert into fieldvoice.survey_audio (version_id, target, language, media_type, content)
                values (:version, :target, :language, :type, :content)
                on conflict (version_id, target, language) do update set media_type = :type, content = :content
                """).param("version", version).param("target", target).param("language", language.code())
                .param("type", mediaType).param("content", content).update();
    }

    Optional<Recording> audio(UUID version, String target, Language language) {
        return jdbc.sql("""
                select media_type, content from fieldvoice.survey_audio
                where version_id = :version and target = :target and language = :language
                """).param("version", version).param("target", target).param("language", language.code())
                .query((row, n) -> new Recording(row.getString("media_type"), row.getBytes("content"))).optional();
    }

    /** The targets (questions and options) that have a recording in {@code language}. */
    List<String> recorded(UUID version, Language language) {
        return jdbc.sql("select target from fieldvoice.survey_audio where version_id = :version and language = :language")
                .param("version", version).param("language", language.code()).query(String.class).list();
    }

    List<SurveySummary> summaries() {
        return jdbc.sql("""
                select s.id, s.title, v.id as version_id, v.number, v.frozen_at is not null as frozen,
                    (select count(*) from fieldvoice.survey_audio a where a.version_id = v.id) as recordings
                from fieldvoice.survey s join fieldvoice.survey_version v on v.survey_id = s.id
                where v.number = (select max(number) from fieldvoice.survey_version w where w.survey_id = s.id)
                order by s.created_at desc
                """).query((row, n) -> new SurveySummary(row.getObject("id", UUID.class), row.getString("title"),
                        row.getObject("version_id", UUID.class), row.getInt("number"), row.getBoolean("frozen"),
                        row.getInt("recordings"))).list();
    }
}
