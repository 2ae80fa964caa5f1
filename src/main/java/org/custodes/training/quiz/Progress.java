package org.custodes.training.quiz;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.custodes.training.CourseId;
import org.custodes.training.CoverageFigure;
import org.custodes.training.LearnerKey;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Lessons seen, quiz attempts, completions and the coverage aggregates they update. */
@Repository
public class Progress {

    private final JdbcClient jdbc;

    Progress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void seen(LearnerKey key, UUID course, int version, UUID lesson, Instant now) {
        jdbc.sql("""
                insert into training.lesson_seen (organisation_id, learner_id, course_id, course_version, lesson_id, seen_at)
                values (:org, :learner, :course, :version, :lesson, :now) on conflict do nothing
                """).param("org", key.organisation().value()).param("learner", key.learner().value()).param("course", course)
                .param("version", version).param("lesson", lesson).param("now", Timestamp.from(now)).update();
    }

    /** Lessons seen per course version, for all the learner's courses at once. */
    public Map<String, Integer> seenCounts(LearnerKey key) {
        var counts = new HashMap<String, Integer>();
        jdbc.sql("""
                select course_id, course_version, count(*) from training.lesson_seen
                where organisation_id = :org and learner_id = :learner group by course_id, course_version
                """).param("org", key.organisation().value()).param("learner", key.learner().value())
                .query((row, n) -> counts.put(row.getObject(1, UUID.class) + "/" + row.getInt(2), row.getInt(3))).list();
        return counts;
    }

    public record Attempt(UUID id, UUID course, int version, List<UUID> questions, boolean closed) {
    }

    public void startAttempt(LearnerKey key, UUID attempt, UUID course, int version, List<UUID> questions, Instant now) {
        jdbc.sql("""
                insert into training.attempt (organisation_id, attempt_id, learner_id, course_id, course_version, question_ids, started_at)
                values (:org, :id, :learner, :course, :version, :questions, :now)
                """).param("org", key.organisation().value()).param("id", attempt).param("learner", key.learner().value())
                .param("course", course).param("version", version)
                .param("questions", String.join(",", questions.stream().map(UUID::toString).toList()))
                .param("now", Timestamp.from(now)).update();
    }

    public Optional<Attempt> attempt(LearnerKey key, UUID attempt) {
        return jdbc.sql("""
                select course_id, course_version, question_ids, closed_at is not null from training.attempt
                where organisation_id = :org and attempt_id = :id and learner_id = :learner
                """).param("org", key.organisation().value()).param("id", attempt).param("learner", key.learner().value())
                .query((row, n) -> new Attempt(attempt, row.getObject(1, UUID.class), row.getInt(2),
                        Arrays.stream(row.getString(3).split(",")).filter(s -> !s.isEmpty()).map(UUID::fromString).toList(),
                        row.getBoolean(4)))
                .optional();
    }

    /** Closes an open attempt; false when it was closed meanwhile (a second submission). */
    public boolean close(LearnerKey key, UUID attempt, int score, boolean passed, Instant now) {
        return jdbc.sql("""
                update training.attempt set score = :score, passed = :passed, closed_at = :now
                where organisation_id = :org and attempt_id = :id and closed_at is null
                """).param("score", score).param("passed", passed).param("now", Timestamp.from(now))
                .param("org", key.organisation().value()).param("id", attempt).update() == 1;
    }

    /** Attempts closed since the person was last enrolled in the course (their first enrolment: all of them). */
    public int closedAttempts(LearnerKey key, UUID course, int version, Instant since) {
        return jdbc.sql("""
                select count(*) from training.attempt where organisation_id = :org and learner_id = :learner
                and course_id = :course and course_version = :version and closed_at is not null and started_at >= :since
                """).param("org", key.organisation().value()).param("learner", key.learner().value()).param("course", course)
                .param("version", version).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    public Optional<UUID> openAttempt(LearnerKey key, UUID course, int version) {
        return jdbc.sql("""
                select attempt_id from training.attempt where organisation_id = :org and learner_id = :learner
                and course_id = :course and course_version = :version and closed_at is null order by started_at desc limit 1
                """).param("org", key.organisation().value()).param("learner", key.learner().value()).param("course", course)
                .param("version", version).query(UUID.class).optional();
    }

    /**
     * Records a completion and counts it in coverage; a renewal ({@code renews}: the expired completion it follows)
     * moves the person's count to the new completion's language instead of counting them twice.
     */
    public void complete(LearnerKey key, UUID completion, UUID course, int version, Language language, int score,
            LocalDate completedOn, @Nullable LocalDate expiresOn, String credential, @Nullable Expired renews) {
        jdbc.sql("""
                insert into training.completion (organisation_id, completion_id, learner_id, course_id, course_version, language,
                                                 score, completed_on, expires_on, credential)
                values (:org, :id, :learner, :course, :version, :language, :score, :completedOn, :expiresOn, :credential)
                """).param("org", key.organisation().value()).param("id", completion).param("learner", key.learner().value())
                .param("course", course).param("version", version).param("language", language.name()).param("score", score)
                .param("completedOn", Date.valueOf(completedOn)).param("expiresOn", expiresOn == null ? null : Date.valueOf(expiresOn))
                .param("credential", credential).update();
        jdbc.sql("insert into training.credential_status (completion_id, organisation_id) values (:id, :org)")
                .param("id", completion).param("org", key.organisation().value()).update();
        jdbc.sql("""
                insert into training.coverage (organisation_id, course_id, language, trained) values (:org, :course, :language, 1)
                on conflict (organisation_id, course_id, language) do update set trained = training.coverage.trained + 1
                """).param("org", key.organisation().value()).param("course", course).param("language", language.name()).update();
        if (renews != null) {
            jdbc.sql("""
                    update training.coverage set trained = trained - 1
                    where organisation_id = :org and course_id = :course and language = :language and trained > 0
                    """).param("org", key.organisation().value()).param("course", course)
                    .param("language", renews.language().name()).update();
        }
    }

    /** The learner's completion of any version of the course that is neither revoked nor expired. */
    public Optional<UUID> currentCompletion(LearnerKey key, UUID course, LocalDate today) {
        return jdbc.sql("""
                select completion_id from training.completion where organisation_id = :org and learner_id = :learner
                and course_id = :course and revoked_on is null and (expires_on is null or expires_on >= :today)
                order by completed_on desc limit 1
                """).param("org", key.organisation().value()).param("learner", key.learner().value())
                .param("course", course).param("today", Date.valueOf(today)).query(UUID.class).optional();
    }

    public record Expired(UUID id, Language language, LocalDate expiresOn) {
    }

    /** The learner's last completion of the course that has expired (not revoked), if they hold no current one. */
    public Optional<Expired> lastExpired(LearnerKey key, UUID course, LocalDate today) {
        if (currentCompletion(key, course, today).isPresent()) {
            return Optional.empty();
        }
        return jdbc.sql("""
                select completion_id, language, expires_on from training.completion
                where organisation_id = :org and learner_id = :learner and course_id = :course and revoked_on is null
                and expires_on < :today order by expires_on desc limit 1
                """).param("org", key.organisation().value()).param("learner", key.learner().value())
                .param("course", course).param("today", Date.valueOf(today))
                .query((row, n) -> new Expired(row.getObject(1, UUID.class), Language.valueOf(row.getString(2)),
                        row.getDate(3).toLocalDate()))
                .optional();
    }

    public record Completion(UUID id, UUID course, int version, Language language, LocalDate completedOn,
            @Nullable LocalDate expiresOn, String credential) {
    }

    public List<Completion> completions(LearnerKey key) {
        return jdbc.sql("""
                select completion_id, course_id, course_version, language, completed_on, expires_on, credential
                from training.completion where organisation_id = :org and learner_id = :learner and revoked_on is null
                order by completed_on desc
                """).param("org", key.organisation().value()).param("learner", key.learner().value())
                .query((row, n) -> new Completion(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getInt(3),
                        Language.valueOf(row.getString(4)), row.getDate(5).toLocalDate(),
                        row.getDate(6) == null ? null : row.getDate(6).toLocalDate(), row.getString(7)))
                .list();
    }

    public record Status(OrganisationId organisation, @Nullable LocalDate revokedOn) {
    }

    public Optional<Status> credentialStatus(UUID completion) {
        return jdbc.sql("select organisation_id, revoked_on from training.credential_status where completion_id = :id")
                .param("id", completion)
                .query((row, n) -> new Status(new OrganisationId(row.getObject(1, UUID.class)),
                        row.getDate(2) == null ? null : row.getDate(2).toLocalDate()))
                .optional();
    }

    /** Revokes a completion and takes it out of its company's coverage; false when it was revoked already. */
    public boolean revoke(OrganisationId organisation, UUID completion, LocalDate today, String reason) {
        var revoked = jdbc.sql("""
                update training.completion set revoked_on = :today, revocation_reason = :reason
                where organisation_id = :org and completion_id = :id and revoked_on is null
                returning course_id, language, learner_id, completed_on, coalesce(expires_on::text, 'infinity')
                """).param("today", Date.valueOf(today)).param("reason", reason).param("org", organisation.value())
                .param("id", completion).query((row, n) -> new Object[] { row.getObject(1, UUID.class), row.getString(2),
                        row.getObject(3, UUID.class), row.getDate(4), row.getString(5) })
                .optional();
        if (revoked.isEmpty()) {
            return false;
        }
        jdbc.sql("update training.credential_status set revoked_on = :today where completion_id = :id")
                .param("today", Date.valueOf(today)).param("id", completion).update();
        // A completion already renewed no longer counts in coverage: its renewal (a later one) took its place.
        var renewed = jdbc.sql("""
                select count(*) > 0 from training.completion where organisation_id = :org and learner_id = :learner
                and course_id = :course and revoked_on is null and completion_id <> :id
                and (completed_on, coalesce(expires_on, 'infinity'::date)) > (:completedOn, cast(:expiresOn as date))
                """).param("org", organisation.value()).param("learner", revoked.get()[2]).param("course", revoked.get()[0])
                .param("completedOn", revoked.get()[3]).param("expiresOn", revoked.get()[4]).param("id", completion)
                .query(Boolean.class).single();
        if (!renewed) {
            jdbc.sql("update training.coverage set trained = trained - 1 where organisation_id = :org and course_id = :course and language = :language")
                    .param("org", organisation.value()).param("course", revoked.get()[0]).param("language", revoked.get()[1]).update();
        }
        return true;
    }

    public List<CoverageFigure> coverage(OrganisationId organisation) {
        return jdbc.sql("""
                select v.course_id, c.code, v.language, v.trained, coalesce(p.personnel, 0)
                from training.coverage v
                join training.course c on c.course_id = v.course_id
                left join training.personnel_count p on p.organisation_id = v.organisation_id
                where v.organisation_id = :org order by c.code, v.language
                """).param("org", organisation.value())
                .query((row, n) -> new CoverageFigure(new CourseId(row.getObject(1, UUID.class)), row.getString(2),
                        Language.valueOf(row.getString(3)), row.getLong(4), row.getLong(5)))
                .list();
    }

    public long personnel(OrganisationId organisation) {
        return jdbc.sql("select coalesce(max(personnel), 0) from training.personnel_count where organisation_id = :org")
                .param("org", organisation.value()).query(Long.class).single();
    }
}
