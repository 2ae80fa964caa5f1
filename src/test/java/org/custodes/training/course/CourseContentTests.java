package org.custodes.training.course;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.custodes.shared.Language;
import org.custodes.training.CourseFixtures;
import org.custodes.training.TrainingRefused;
import org.junit.jupiter.api.Test;

class CourseContentTests {

    @Test
    void translationProgressCountsTheSourceItemsThatHaveANonBlankTranslation() {
        var some = new HashMap<String, Map<Language, String>>();
        some.put(CourseContent.courseTitle(), Map.of(Language.FR, "Usage de la force"));
        some.put(CourseContent.lessonBody(CourseFixtures.LESSON), Map.of(Language.FR, "   "));
        var course = CourseFixtures.course(some, Set.of(), 12);

        assertThat(course.sourceItems()).hasSize(5);
        assertThat(course.translated(Language.FR)).isEqualTo(1);
        assertThat(course.translated(Language.EN)).as("the source is complete by itself").isEqualTo(5);
        assertThat(course.complete(Language.FR)).isFalse();
        assertThat(course.complete(Language.EN)).isTrue();
    }

    @Test
    void aCourseIsPublishedInALanguageOnlyWhenItsTranslationIsComplete() {
        var partial = new HashMap<>(CourseFixtures.allTranslated(Language.AR));
        partial.remove(CourseContent.prompt(CourseFixtures.QUESTION));
        assertThatThrownBy(() -> CourseFixtures.course(partial, Set.of(), 12).requirePublishable(Language.AR))
                .isInstanceOf(TrainingRefused.class).hasMessage("training.refused.translation-incomplete")
                .satisfies(e -> assertThat(((TrainingRefused) e).arguments()).containsExactly("ar", 1));

        CourseFixtures.course(CourseFixtures.allTranslated(Language.AR), Set.of(), 12).requirePublishable(Language.AR);
        CourseFixtures.course(Map.of(), Set.of(), 12).requirePublishable(Language.EN);
    }

    @Test
    void aPublishedLanguageIsFrozenAndTheOthersStayOpenToTranslation() {
        var course = CourseFixtures.course(CourseFixtures.allTranslated(Language.ES), Set.of(Language.ES), 12);
        assertThatThrownBy(() -> course.requireTranslatable(Language.ES)).isInstanceOf(TrainingRefused.class)
                .hasMessage("training.refused.published-frozen");
        course.requireTranslatable(Language.FR);
    }

    @Test
    void aMissingTranslationFallsBackToTheSourceAndALearnerSeesAPublishedLanguage() {
        var course = CourseFixtures.course(CourseFixtures.allTranslated(Language.FR), Set.of(Language.EN, Language.FR), 12);
        assertThat(course.text(CourseContent.courseTitle(), Language.FR)).isEqualTo("fr course.title");
        assertThat(course.text(CourseContent.courseTitle(), Language.AR)).isEqualTo("English course.title");
        assertThat(course.languageFor(Language.FR)).contains(Language.FR);
        assertThat(course.languageFor(Language.AR)).as("not published in Arabic: the source").contains(Language.EN);
    }
}
