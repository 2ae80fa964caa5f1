package org.custodes.training.course;

import java.util.List;
import java.util.Map;

import org.custodes.shared.Language;
import org.custodes.training.quiz.QuestionKind;
import org.jspecify.annotations.Nullable;

/**
 * A course as one source document: every text is a map from language to text, which must hold the source language
 * and may hold translations. Publication per language comes afterwards.
 */
public record CreateCourse(String code, Language sourceLanguage, Map<Language, String> title,
        Map<Language, String> summary, int passMark, int attemptsAllowed, @Nullable Integer validityMonths,
        List<Module> modules) {

    public record Module(Map<Language, String> title, int questionsDrawn, List<Lesson> lessons, List<Question> questions) {
    }

    /** Body: paragraphs separated by blank lines; a line starting with "## " is a heading. */
    public record Lesson(Map<Language, String> title, Map<Language, String> body) {
    }

    public record Question(QuestionKind kind, Map<Language, String> prompt, List<Option> options) {
    }

    public record Option(Map<Language, String> label, Map<Language, String> feedback, boolean correct) {
    }
}
