package org.custodes.training;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.custodes.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * One version of a course with all its texts, loaded in a fixed number of queries. Texts are looked up by item key
 * and fall back to the source language.
 */
record CourseContent(UUID courseId, int version, String code, Language source, int passMark, int attemptsAllowed,
        @Nullable Integer validityMonths, List<Module> modules, Map<String, Map<Language, String>> texts,
        Set<Language> published) {

    record Module(UUID id, int questionsDrawn, List<UUID> lessons, List<Question> questions) {
    }

    record Question(UUID id, QuestionKind kind, List<Option> options) {
    }

    record Option(UUID id, boolean correct) {
    }

    static String courseTitle() {
        return "course.title";
    }

    static String courseSummary() {
        return "course.summary";
    }

    static String moduleTitle(UUID id) {
        return "module." + id + ".title";
    }

    static String lessonTitle(UUID id) {
        return "lesson." + id + ".title";
    }

    static String lessonBody(UUID id) {
        return "lesson." + id + ".body";
    }

    static String prompt(UUID id) {
        return "question." + id + ".prompt";
    }

    static String optionLabel(UUID id) {
        return "option." + id + ".label";
    }

    static String optionFeedback(UUID id) {
        return "option." + id + ".feedback";
    }

    String text(String key, Language language) {
        var item = texts.getOrDefault(key, Map.of());
        var text = item.get(language);
        return text != null ? text : item.getOrDefault(source, "");
    }

    /** Items that have a source text; a language is complete when it has every one of them. */
    Collection<String> sourceItems() {
        return texts.entrySet().stream().filter(e -> e.getValue().containsKey(source)).map(Map.Entry::getKey).sorted().toList();
    }

    int translated(Language language) {
        return (int) sourceItems().stream().filter(key -> !texts.get(key).getOrDefault(language, "").isBlank()).count();
    }

    boolean complete(Language language) {
        return translated(language) == sourceItems().size();
    }

    /** A language is published only once every source item is translated into it (the source is complete by itself). */
    void requirePublishable(Language language) {
        if (!complete(language)) {
            throw new TrainingRefused("training.refused.translation-incomplete", language.code(),
                    sourceItems().size() - translated(language));
        }
    }

    /** What learners read in a published language does not change under them: a new version is needed. */
    void requireTranslatable(Language language) {
        if (published.contains(language)) {
            throw new TrainingRefused("training.refused.published-frozen", language.code());
        }
    }

    List<UUID> lessons() {
        return modules.stream().flatMap(m -> m.lessons().stream()).toList();
    }

    Optional<Module> moduleOfLesson(UUID lesson) {
        return modules.stream().filter(m -> m.lessons().contains(lesson)).findFirst();
    }

    Stream<Question> questions() {
        return modules.stream().flatMap(m -> m.questions().stream());
    }

    Optional<Question> question(UUID id) {
        return questions().filter(q -> q.id().equals(id)).findFirst();
    }

    /** The language a learner sees: theirs when published, else the source, else any published language. */
    Optional<Language> languageFor(Language preferred) {
        if (published.contains(preferred)) {
            return Optional.of(preferred);
        }
        if (published.contains(source)) {
            return Optional.of(source);
        }
        return published.stream().sorted().findFirst();
    }
}
