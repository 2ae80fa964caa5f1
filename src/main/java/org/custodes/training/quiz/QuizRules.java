package org.custodes.training.quiz;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;
import org.custodes.training.TrainingRefused;
import org.custodes.training.course.CourseContent;

/**
 * The rules of quizzes and completion, free of storage: the random draw from each module's question bank, scoring,
 * attempts allowed and what makes a course complete.
 */
public final class QuizRules {

    private QuizRules() {
    }

    /** Per module, {@code questionsDrawn} questions at random from its bank (the whole bank when it is 0 or larger). */
    public static List<UUID> draw(CourseContent content, RandomGenerator random) {
        var drawn = new ArrayList<UUID>();
        for (var module : content.modules()) {
            var bank = new ArrayList<>(module.questions().stream().map(CourseContent.Question::id).toList());
            Collections.shuffle(bank, random);
            var take = module.questionsDrawn() == 0 ? bank.size() : Math.min(module.questionsDrawn(), bank.size());
            drawn.addAll(bank.subList(0, take));
        }
        return List.copyOf(drawn);
    }

    /** A question is right when exactly its correct options were chosen. Score in percent, rounded down. */
    public static int score(List<CourseContent.Question> questions, Map<UUID, Set<UUID>> answers) {
        if (questions.isEmpty()) {
            return 0;
        }
        var right = questions.stream().filter(q -> right(q, answers.getOrDefault(q.id(), Set.of()))).count();
        return (int) (right * 100 / questions.size());
    }

    public static boolean right(CourseContent.Question question, Set<UUID> chosen) {
        var correct = question.options().stream().filter(CourseContent.Option::correct).map(CourseContent.Option::id)
                .collect(Collectors.toSet());
        return correct.equals(chosen);
    }

    /** Refuses a new attempt when the course is already passed or every attempt allowed has been used. */
    public static void requireAttemptLeft(int closedAttempts, int attemptsAllowed, boolean passed) {
        if (passed) {
            throw new TrainingRefused("training.refused.already-passed");
        }
        if (closedAttempts >= attemptsAllowed) {
            throw new TrainingRefused("training.refused.attempts-exhausted", attemptsAllowed);
        }
    }

    /** The quiz opens once every lesson of the version has been seen. */
    public static void requireLessonsSeen(int lessons, int seen) {
        if (seen < lessons) {
            throw new TrainingRefused("training.refused.lessons-first", lessons - seen);
        }
    }

    public static boolean passes(int score, int passMark) {
        return score >= passMark;
    }
}
