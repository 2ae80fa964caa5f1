package org.custodes.training.quiz;

import java.util.List;

import org.custodes.shared.Language;
import org.custodes.training.AttemptId;
import org.custodes.training.CourseId;
import org.custodes.training.course.MediaRef;
import org.jspecify.annotations.Nullable;

public record QuizPage(AttemptId attempt, CourseId course, Language language, String courseTitle, int passMark,
        List<Question> questions) {

    public record Question(String id, QuestionKind kind, String prompt, @Nullable MediaRef audio, List<Option> options) {
    }

    public record Option(String id, String label) {
    }
}
