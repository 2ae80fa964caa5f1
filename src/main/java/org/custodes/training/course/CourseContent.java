package org.custodes.training.course;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.custodes.shared.Language;
import org.custodes.training.TrainingRefused;
import org.custodes.training.quiz.QuestionKind;
import org.jspecify.annotations.Nullable;

/**
 * One version of a course with all its texts, loaded in a fixed number of queries. Texts are looked up by item key
 * and fall back to the source language.
 */
public record CourseContent(UUID courseId, int version, String code, Language source, int passMark, int attemptsAllowed,
        @Nullable Integer validityMonths, List<Module> modules, Map<String, Map<Language, String>> texts,
        Set<Language> published) {

    public record Module(UUID id, int questionsDrawn, List<UUID> lessons, List<Question> questions) {
    }

    public record Question(UUID id, QuestionKind kind, List<Option> options) {
    }

    public record Option(UUID id, boolean correct) {
    }

    public static String courseTitle() {
        return "course.title";
    }

    public static String courseSummary() {
        return "course.summary";
    }

    public static String moduleTitle(UUID id) {
        return "module." + id + ".title";
    }

    public static String lessonTitle(UUID id) {
        return "lesson." + id + ".title";
    }

    public static String lessonBody(UUID id) {
        return "lesson." + id + ".body";
    }

    public static String prompt(UUID id) {
        return "question." + id + ".prompt";
    }

    public static String optionLabel(UUID id) {
        return "option." + id + ".label";
    }

    public static String optionFeedback(UUID id) {
        return "option." + id + ".feedback";
    }

    public String text(String key, Language language) {
        var item = texts.getOrDefault(key, Map.of());
        var text = item.get(language);
        return text != null ? text : item.getOrDefault(source, "");
    }

    /** Items that have a source text; a language is complete when it has every one of them. */
    public Collection<String> sourceItems() {
        return texts.entrySet().stream().filter(e -> e.getValue().containsKey(source)).map(Map.Entry::getKey).sorted().toList();
    }

    public int translated(Language language) {
        return (int) sourceItems().stream().filter(key -> !texts.get(key).getOrDefault(language, "").isBlank()).count();
    }

    boolean complete(Language language) {
        return translated(language) == sourceItems().size();
    }

    /** A language is published only once every source item is translated into it (the source is complete by itself). */
    public void requirePublishable(Language language) {
        if (!complete(language)) {
            throw new TrainingRefused("training.refused.translation-incomplete", language.code(),
                    sourceItems().size() - translated(language));
        }
    }

    /** What learners read in a published language does not change under them: a new version is needed. */
    public void requireTranslatable(Language language) {
        if (published.contains(language)) {
            throw new TrainingRefused("training.refused.published-frozen", language.code());
        }
    }

    public List<UUID> lessons() {
        return modules.stream().flatMap(m -> m.lessons().stream()).toList();
    }

    public Optional<Module> moduleOfLesson(UUID lesson) {
        return modules.stream().filter(m -> m.lessons().contains(lesson)).findFirst();
    }

    Stream<Question> questions() {
        return modules.stream().flatMap(m -> m.questions().stream());
    }

    public Optional<Question> question(UUID id) {
        return questions().filter(q -> q.id().equals(id)).findFirst();
    }

    /** The language a learner sees: theirs when published, else the source, else any published language. */
    public Optional<Language> languageFor(Language preferred) {
        if (published.contains(preferred)) {
            return Optional.of(preferred);
        }
        if (published.contains(source)) {
            return Optional.of(source);
        }
        return published.stream().sorted().findFirst();
    }
}
