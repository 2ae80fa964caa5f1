package org.custodes.training.quiz;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.custodes.training.CompletionId;
import org.custodes.training.CourseId;

/** The result of a closed attempt, with the feedback of every option the learner chose. */
public record AttemptOutcome(CourseId course, int score, int passMark, boolean passed, int attemptsLeft,
        List<Feedback> feedback, @Nullable CompletionId completion) {

    public record Feedback(String prompt, boolean correct, List<String> notes) {
    }
}
