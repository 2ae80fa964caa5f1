package org.custodes.fieldvoice.survey;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.custodes.shared.Language;

/**
 * One question: its code, how it is answered, its text per language and, for a choice, its options. A scale's
 * options are its points ("1" to "5"); a yes-no question's are "yes" and "no".
 */
public record SurveyQuestion(String code, QuestionKind kind, Map<Language, String> text, List<Option> options) {

    public static final int FREE_TEXT_LIMIT = 1000;

    public record Option(String code, Map<Language, String> text) {

        public Option {
            text = Map.copyOf(text);
        }

        public String text(Language language) {
            return SurveyQuestion.inLanguage(text, language);
        }
    }

    public SurveyQuestion {
        if (!code.matches("[a-z][a-z0-9-]{0,39}")) {
            throw new IllegalArgumentException("A question code is lower case letters, digits and dashes: " + code);
        }
        text = Map.copyOf(text);
        options = List.copyOf(options);
        if (kind == QuestionKind.FREE_TEXT != options.isEmpty()) {
            throw new IllegalArgumentException("Only a free-text question has no options: " + code);
        }
    }

    public String text(Language language) {
        return inLanguage(text, language);
    }

    public Optional<Option> option(String code) {
        return options.stream().filter(option -> option.code().equals(code)).findFirst();
    }

    /** The audio target of this question, or of one of its options. */
    public String target() {
        return code;
    }

    public String target(Option option) {
        return code + "." + option.code();
    }

    /**
     * Why {@code value} is not an answer to this question (a message key), or empty if it is; a blank value is a
     * question left unanswered, which is allowed.
     */
    public Optional<String> refusal(String value) {
        if (value.isBlank()) {
            return Optional.empty();
        }
        if (kind == QuestionKind.FREE_TEXT) {
            return value.strip().length() > FREE_TEXT_LIMIT ? Optional.of("fieldvoice.survey.error.too-long")
                    : Optional.empty();
        }
        return option(value).isPresent() ? Optional.empty() : Optional.of("fieldvoice.survey.error.out-of-range");
    }

    static String inLanguage(Map<Language, String> texts, Language language) {
        var text = texts.get(language);
        return text != null ? text : texts.getOrDefault(Language.EN, texts.values().iterator().next());
    }

    public static SurveyQuestion scale(String code, Map<Language, String> text, int points) {
        var options = new java.util.ArrayList<Option>();
        for (var point = 1; point <= points; point++) {
            options.add(new Option(String.valueOf(point), Map.of(Language.EN, String.valueOf(point))));
        }
        return new SurveyQuestion(code, QuestionKind.SCALE, text, options);
    }
}
