package org.custodes.fieldvoice.survey;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A survey's content: its title and 10 to 20 questions, each with its texts per language. */
public record SurveyDefinition(String title, List<SurveyQuestion> questions) {

    public static final int MIN_QUESTIONS = 10;
    public static final int MAX_QUESTIONS = 20;

    public SurveyDefinition {
        if (title.isBlank()) {
            throw new SurveyRefused("fieldvoice.survey.error.title");
        }
        questions = List.copyOf(questions);
        if (questions.size() < MIN_QUESTIONS || questions.size() > MAX_QUESTIONS) {
            throw new SurveyRefused("fieldvoice.survey.error.question-count", MIN_QUESTIONS, MAX_QUESTIONS);
        }
        var codes = new HashSet<String>();
        for (var question : questions) {
            if (!codes.add(question.code())) {
                throw new IllegalArgumentException("Two questions have the code " + question.code());
            }
        }
    }

    public Optional<SurveyQuestion> question(String code) {
        return questions.stream().filter(question -> question.code().equals(code)).findFirst();
    }

    /** Whether {@code target} names a question or one of its options (see {@link SurveyQuestion#target}). */
    public boolean hasTarget(String target) {
        var dot = target.indexOf('.');
        var question = question(dot < 0 ? target : target.substring(0, dot));
        return question.isPresent() && (dot < 0 || question.get().option(target.substring(dot + 1)).isPresent());
    }

    /**
     * The refusal of each answer that is not allowed (question code to message key); an answer to an unknown question
     * is refused under its own code. Empty if every answer may be saved.
     */
    public Map<String, String> refusals(Map<String, String> answers) {
        var refusals = new LinkedHashMap<String, String>();
        answers.forEach((code, value) -> question(code).ifPresentOrElse(
                question -> question.refusal(value).ifPresent(key -> refusals.put(code, key)),
                () -> refusals.put(code, "fieldvoice.survey.error.unknown-question")));
        return refusals;
    }
}
