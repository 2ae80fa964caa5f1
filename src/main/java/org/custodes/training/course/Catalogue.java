package org.custodes.training.course;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.custodes.shared.Language;
import org.custodes.training.quiz.QuestionKind;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Courses, their versions, structure and texts in {@code training}. */
@Repository
public class Catalogue {

    private final JdbcClient jdbc;

    Catalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean codeTaken(String code) {
        return jdbc.sql("select count(*) from training.course where code = :code").param("code", code)
                .query(Long.class).single() > 0;
    }

    public UUID create(CreateCourse command, Instant now) {
        var course = UUID.randomUUID();
        jdbc.sql("insert into training.course (course_id, code, source_language, current_version) values (:id, :code, :source, 1)")
                .param("id", course).param("code", command.code()).param("source", command.sourceLanguage().name()).update();
        jdbc.sql("""
                insert into training.course_version (course_id, course_version, pass_mark, attempts_allowed, validity_months, created_at)
                values (:id, 1, :passMark, :attempts, :validity, :now)
                """).param("id", course).param("passMark", command.passMark()).param("attempts", command.attemptsAllowed())
                .param("validity", command.validityMonths()).param("now", Timestamp.from(now)).update();
        var texts = new LinkedHashMap<String, Map<Language, String>>();
        texts.put(CourseContent.courseTitle(), command.title());
        texts.put(CourseContent.courseSummary(), command.summary());
        int modulePosition = 0;
        for (var module : command.modules()) {
            var moduleId = UUID.randomUUID();
            jdbc.sql("insert into training.course_module values (:course, 1, :id, :position, :drawn)").param("course", course)
                    .param("id", moduleId).param("position", modulePosition++).param("drawn", module.questionsDrawn()).update();
            texts.put(CourseContent.moduleTitle(moduleId), module.title());
            int lessonPosition = 0;
            for (var lesson : module.lessons()) {
                var lessonId = UUID.randomUUID();
                jdbc.sql("insert into training.lesson values (:course, 1, :id, :module, :position)").param("course", course)
                        .param("id", lessonId).param("module", moduleId).param("position", lessonPosition++).update();
                texts.put(CourseContent.lessonTitle(lessonId), lesson.title());
                texts.put(CourseContent.lessonBody(lessonId), lesson.body());
            }
            int questionPosition = 0;
            for (var question : module.questions()) {
                var questionId = UUID.randomUUID();
                jdbc.sql("insert into training.question values (:course, 1, :id, :module, :kind, :position)")
                        .param("course", course).param("id", questionId).param("module", moduleId)
                        .param("kind", question.kind().name()).param("position", questionPosition++).update();
                texts.put(CourseContent.prompt(questionId), question.prompt());
                int optionPosition = 0;
                for (var option : question.options()) {
                    var optionId = UUID.randomUUID();
                    jdbc.sql("insert into training.answer_option values (:course, 1, :id, :question, :position, :correct)")
                            .param("course", course).param("id", optionId).param("question", questionId)
                            .param("position", optionPosition++).param("correct", option.correct()).update();
                    texts.put(CourseContent.optionLabel(optionId), option.label());
                    if (!option.feedback().isEmpty()) {
                        texts.put(CourseContent.optionFeedback(optionId), option.feedback());
                    }
                }
            }
        }
        texts.forEach((key, byLanguage) -> byLanguage.forEach((language, body) -> putText(course, 1, key, language, body)));
        return course;
    }

    public void putText(UUID course, int version, String key, Language language, String body) {
        jdbc.sql("""
                insert into training.text_item (course_id, course_version, item_key, language, body)
                values (:course, :version, :key, :language, :body)
                on conflict (course_id, course_version, item_key, language) do update set body = excluded.body
                """).param("course", course).param("version", version).param("key", key)
                .param("language", language.name()).param("body", body).update();
    }

    public List<UUID> courseIds() {
        return jdbc.sql("select course_id from training.course order by code").query(UUID.class).list();
    }

    public int currentVersion(UUID course) {
        return jdbc.sql("select current_version from training.course where course_id = :id").param("id", course)
                .query(Integer.class).optional().orElseThrow(() -> new org.custodes.shared.NotFound("course", course));
    }

    /** The latest version with at least one publication: what learners take. */
    public Optional<Integer> learnerVersion(UUID course) {
        return jdbc.sql("select max(course_version) from training.publication where course_id = :id").param("id", course)
                .query((row, n) -> (Integer) row.getObject(1)).optional();
    }

    public List<UUID> publishedCourses() {
        return jdbc.sql("select distinct course_id from training.publication").query(UUID.class).list();
    }

    public Optional<CourseContent> load(UUID course, int version) {
        var head = jdbc.sql("""
                select c.code, c.source_language, v.pass_mark, v.attempts_allowed, v.validity_months
                from training.course c join training.course_version v on v.course_id = c.course_id
                where c.course_id = :id and v.course_version = :version
                """).param("id", course).param("version", version)
                .query((row, n) -> new Object[] { row.getString(1), Language.valueOf(row.getString(2)), row.getInt(3),
                        row.getInt(4), row.getObject(5) })
                .optional();
        if (head.isEmpty()) {
            return Optional.empty();
        }
        var lessonsByModule = new HashMap<UUID, List<UUID>>();
        jdbc.sql("select module_id, lesson_id from training.lesson where course_id = :id and course_version = :version order by position")
                .param("id", course).param("version", version)
                .query((row, n) -> lessonsByModule.computeIfAbsent(row.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(row.getObject(2, UUID.class)))
                .list();
        var optionsByQuestion = new HashMap<UUID, List<CourseContent.Option>>();
        jdbc.sql("select question_id, option_id, correct from training.answer_option where course_id = :id and course_version = :version order by position")
                .param("id", course).param("version", version)
                .query((row, n) -> optionsByQuestion.computeIfAbsent(row.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new CourseContent.Option(row.getObject(2, UUID.class), row.getBoolean(3))))
                .list();
        var questionsByModule = new HashMap<UUID, List<CourseContent.Question>>();
        jdbc.sql("select module_id, question_id, kind from training.question where course_id = :id and course_version = :version order by position")
                .param("id", course).param("version", version)
                .query((row, n) -> {
                    var id = row.getObject(2, UUID.class);
                    return questionsByModule.computeIfAbsent(row.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new CourseContent.Question(id, QuestionKind.valueOf(row.getString(3)),
                                    List.copyOf(optionsByQuestion.getOrDefault(id, List.of()))));
                })
                .list();
        var modules = jdbc.sql("select module_id, questions_drawn from training.course_module where course_id = :id and course_version = :version order by position")
                .param("id", course).param("version", version)
                .query((row, n) -> {
                    var id = row.getObject(1, UUID.class);
                    return new CourseContent.Module(id, row.getInt(2), List.copyOf(lessonsByModule.getOrDefault(id, List.of())),
                            List.copyOf(questionsByModule.getOrDefault(id, List.of())));
                })
                .list();
        var texts = new HashMap<String, Map<Language, String>>();
        jdbc.sql("select item_key, language, body from training.text_item where course_id = :id and course_version = :version")
                .param("id", course).param("version", version)
                .query((row, n) -> texts.computeIfAbsent(row.getString(1), k -> new EnumMap<>(Language.class))
                        .put(Language.valueOf(row.getString(2)), row.getString(3)))
                .list();
        var published = new HashSet<Language>();
        jdbc.sql("select language from training.publication where course_id = :id and course_version = :version")
                .param("id", course).param("version", version)
                .query((row, n) -> published.add(Language.valueOf(row.getString(1)))).list();
        var h = head.get();
        return Optional.of(new CourseContent(course, version, (String) h[0], (Language) h[1], (Integer) h[2], (Integer) h[3],
                (Integer) h[4], modules, texts, published));
    }

    public void publish(UUID course, int version, Language language, Instant now) {
        jdbc.sql("""
                insert into training.publication (course_id, course_version, language, published_at)
                values (:id, :version, :language, :now) on conflict do nothing
                """).param("id", course).param("version", version).param("language", language.name())
                .param("now", Timestamp.from(now)).update();
    }

    /** Copies a version into the next one, as an unpublished draft; completions keep naming the version they took. */
    public int copyToNewVersion(UUID course, int from, long expectedRowVersion, Instant now) {
        var to = from + 1;
        var rows = jdbc.sql("update training.course set current_version = :to, version = version + 1 where course_id = :id and current_version = :from and version = :expected")
                .param("to", to).param("id", course).param("from", from).param("expected", expectedRowVersion).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("course " + course + " changed meanwhile");
        }
        var p = Map.<String, Object>of("id", course, "from", from, "to", to, "now", Timestamp.from(now));
        jdbc.sql("insert into training.course_version select course_id, :to, pass_mark, attempts_allowed, validity_months, :now from training.course_version where course_id = :id and course_version = :from").params(p).update();
        jdbc.sql("insert into training.course_module select course_id, :to, module_id, position, questions_drawn from training.course_module where course_id = :id and course_version = :from").params(p).update();
        jdbc.sql("insert into training.lesson select course_id, :to, lesson_id, module_id, position from training.lesson where course_id = :id and course_version = :from").params(p).update();
        jdbc.sql("insert into training.question select course_id, :to, question_id, module_id, kind, position from training.question where course_id = :id and course_version = :from").params(p).update();
        jdbc.sql("insert into training.answer_option select course_id, :to, option_id, question_id, position, correct from training.answer_option where course_id = :id and course_version = :from").params(p).update();
        jdbc.sql("insert into training.text_item select course_id, :to, item_key, language, body from training.text_item where course_id = :id and course_version = :from").params(p).update();
        jdbc.sql("insert into training.media select gen_random_uuid(), course_id, :to, item_key, language, content_type, content, text_alternative from training.media where course_id = :id and course_version = :from").params(p).update();
        return to;
    }

    public long rowVersion(UUID course) {
        return jdbc.sql("select version from training.course where course_id = :id").param("id", course).query(Long.class).single();
    }

    public void putMedia(UUID course, int version, String key, Language language, String contentType, byte[] content,
            String textAlternative) {
        jdbc.sql("""
                insert into training.media (media_id, course_id, course_version, item_key, language, content_type, content, text_alternative)
                values (:id, :course, :version, :key, :language, :type, :content, :alternative)
                on conflict (course_id, course_version, item_key, language) do update
                set content_type = excluded.content_type, content = excluded.content, text_alternative = excluded.text_alternative
                """).param("id", UUID.randomUUID()).param("course", course).param("version", version).param("key", key)
                .param("language", language.name()).param("type", contentType).param("content", content)
                .param("alternative", textAlternative).update();
    }

    /** Media of a version in one language, by item key (falling back to the source language is the caller's). */
    public Map<String, MediaRef> media(UUID course, int version, Language language) {
        var media = new HashMap<String, MediaRef>();
        jdbc.sql("select item_key, media_id, content_type, text_alternative from training.media where course_id = :id and course_version = :version and language = :language")
                .param("id", course).param("version", version).param("language", language.name())
                .query((row, n) -> media.put(row.getString(1), new MediaRef(row.getObject(2, UUID.class), row.getString(3), row.getString(4))))
                .list();
        return media;
    }

    public Optional<MediaContent> mediaFile(UUID id) {
        return jdbc.sql("select content_type, content from training.media where media_id = :id").param("id", id)
                .query((row, n) -> new MediaContent(row.getString(1), row.getBytes(2))).optional();
    }
}
