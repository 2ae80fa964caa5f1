package org.custodes.training;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.custodes.shared.Language;
import org.custodes.training.course.CourseContent;
import org.custodes.training.quiz.QuestionKind;

/** Small course versions built in memory for the domain tests. */
public final class CourseFixtures {

    public static final UUID LESSON = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    public static final UUID QUESTION = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID RIGHT = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    private CourseFixtures() {
    }

    /** A one-lesson, one-question course in English with the given translations, published in {@code published}. */
    public static CourseContent course(Map<String, Map<Language, String>> translations, Set<Language> published,
            Integer validityMonths) {
        var texts = new HashMap<String, Map<Language, String>>();
        for (var key : List.of(CourseContent.courseTitle(), CourseContent.lessonTitle(LESSON),
                CourseContent.lessonBody(LESSON), CourseContent.prompt(QUESTION), CourseContent.optionLabel(RIGHT))) {
            var item = new HashMap<Language, String>();
            item.put(Language.EN, "English " + key);
            item.putAll(translations.getOrDefault(key, Map.of()));
            texts.put(key, item);
        }
        var module = new CourseContent.Module(UUID.randomUUID(), 0, List.of(LESSON), List.of(new CourseContent.Question(
                QUESTION, QuestionKind.SINGLE, List.of(new CourseContent.Option(RIGHT, true)))));
        return new CourseContent(UUID.randomUUID(), 1, "FORCE", Language.EN, 80, 3, validityMonths, List.of(module), texts,
                published.isEmpty() ? EnumSet.noneOf(Language.class) : EnumSet.copyOf(published));
    }

    /** Every source item of {@link #course} translated into the language. */
    public static Map<String, Map<Language, String>> allTranslated(Language language) {
        var all = new HashMap<String, Map<Language, String>>();
        for (var key : course(Map.of(), Set.of(), null).sourceItems()) {
            all.put(key, Map.of(language, language.code() + " " + key));
        }
        return all;
    }
}
