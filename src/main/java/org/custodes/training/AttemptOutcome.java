package org.custodes.training;

import java.util.List;

import org.jspecify.annotations.Nullable;

/** The result of a closed attempt, with the feedback of every option the learner chose. */
public record AttemptOutcome(CourseId course, int score, int passMark, boolean passed, int attemptsLeft,
        List<Feedback> feedback, @Nullable CompletionId completion) {

    public record Feedback(String prompt, boolean correct, List<String> notes) {
    }
}
