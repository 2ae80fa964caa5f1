package org.custodes.training.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.custodes.training.TrainingRefused;
import org.custodes.training.course.CourseContent;

class QuizRulesTests {

    private final UUID right = UUID.randomUUID();
    private final UUID alsoRight = UUID.randomUUID();
    private final UUID wrong = UUID.randomUUID();
    private final CourseContent.Question single = new CourseContent.Question(UUID.randomUUID(), QuestionKind.SINGLE,
            List.of(new CourseContent.Option(right, true), new CourseContent.Option(wrong, false)));
    private final CourseContent.Question multiple = new CourseContent.Question(UUID.randomUUID(),
            QuestionKind.MULTIPLE, List.of(new CourseContent.Option(right, true),
                    new CourseContent.Option(alsoRight, true), new CourseContent.Option(wrong, false)));

    @Test
    void aQuestionIsRightOnlyWhenExactlyItsCorrectOptionsAreChosen() {
        assertThat(QuizRules.right(multiple, Set.of(right, alsoRight))).isTrue();
        assertThat(QuizRules.right(multiple, Set.of(right))).isFalse();
        assertThat(QuizRules.right(multiple, Set.of(right, alsoRight, wrong))).isFalse();
        assertThat(QuizRules.right(single, Set.of())).isFalse();
    }

    @Test
    void theScoreIsThePercentOfRightQuestionsRoundedDown() {
        var third = new CourseContent.Question(UUID.randomUUID(), QuestionKind.SINGLE,
                List.of(new CourseContent.Option(UUID.randomUUID(), true)));
        var score = QuizRules.score(List.of(single, multiple, third),
                Map.of(single.id(), Set.of(right), multiple.id(), Set.of(right)));
        assertThat(score).isEqualTo(33);
        assertThat(QuizRules.score(List.of(), Map.of())).isZero();
    }

    @Test
    void thePassMarkIsReachedAtExactlyTheMark() {
        assertThat(QuizRules.passes(80, 80)).isTrue();
        assertThat(QuizRules.passes(79, 80)).isFalse();
    }

    @Test
    void noAttemptIsLeftOnceAllAreUsedOrTheCourseIsPassed() {
        QuizRules.requireAttemptLeft(2, 3, false);
        assertThatThrownBy(() -> QuizRules.requireAttemptLeft(3, 3, false))
                .hasMessage("training.refused.attempts-exhausted");
        assertThatThrownBy(() -> QuizRules.requireAttemptLeft(0, 3, true))
                .hasMessage("training.refused.already-passed");
    }

    @Test
    void theQuizOpensOnlyOnceEveryLessonIsSeen() {
        QuizRules.requireLessonsSeen(4, 4);
        assertThatThrownBy(() -> QuizRules.requireLessonsSeen(4, 3)).isInstanceOf(TrainingRefused.class)
                .hasMessage("training.refused.lessons-first");
    }
}
