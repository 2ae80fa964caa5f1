package org.custodes.fieldvoice;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The mission forms the product ships, each a versioned definition (the XLSForm's survey and choices sheets, kept as
 * code). Labels are message keys, translated in every shipped language. A change of questions is a new version.
 */
public enum FormTemplate {

    GUARD_INTERVIEW("guard_interview", "2026120701", List.of(
            Question.choice("consent", Options.YES_NO),
            Question.of("interviewed_on", QuestionKind.DATE),
            Question.of("place", QuestionKind.GEOPOINT),
            Question.of("employer", QuestionKind.TEXT),
            Question.choice("role", Options.ROLE),
            Question.choice("paid_on_time", Options.YES_NO_PARTLY),
            Question.of("hours_per_week", QuestionKind.INTEGER),
            Question.choice("rest_day", Options.YES_NO),
            Question.choice("force_training", Options.YES_NO),
            Question.choice("grievance_known", Options.YES_NO),
            Question.choice("harassment", Options.YES_NO_DECLINE),
            Question.of("notes", QuestionKind.TEXT))),

    SITE_OBSERVATION("site_observation", "2026120701", List.of(
            Question.of("observed_on", QuestionKind.DATE),
            Question.of("place", QuestionKind.GEOPOINT),
            Question.of("site", QuestionKind.TEXT),
            Question.of("guards_present", QuestionKind.INTEGER),
            Question.choice("armed", Options.YES_NO),
            Question.choice("identification_visible", Options.YES_NO),
            Question.of("photo", QuestionKind.IMAGE),
            Question.of("notes", QuestionKind.TEXT)));

    private final String code;
    private final String version;
    private final List<Question> questions;

    FormTemplate(String code, String version, List<Question> questions) {
        this.code = code;
        this.version = version;
        this.questions = questions;
    }

    /** The XForm's id stem, also the stem of its message keys. */
    public String code() {
        return code;
    }

    /** The definition's version: a new version whenever its questions change. */
    public String version() {
        return version;
    }

    public List<Question> questions() {
        return questions;
    }

    public String titleKey() {
        return "fieldvoice.form." + code + ".title";
    }

    public String labelKey(Question question) {
        return "fieldvoice.form." + code + "." + question.name();
    }

    /** How a question is asked and typed in the XForm. */
    public enum QuestionKind {
        TEXT("string"), INTEGER("int"), DATE("date"), GEOPOINT("geopoint"), SELECT_ONE("string"), IMAGE("binary");

        private final String xformType;

        QuestionKind(String xformType) {
            this.xformType = xformType;
        }

        public String xformType() {
            return xformType;
        }
    }

    /** The choice lists, shared between forms; each option's label is {@code fieldvoice.option.<value>}. */
    public enum Options {
        YES_NO("yes", "no"), YES_NO_PARTLY("yes", "no", "partly"), YES_NO_DECLINE("yes", "no", "decline"),
        ROLE("guard", "supervisor", "driver", "other");

        private final List<String> values;

        Options(String... values) {
            this.values = List.of(values);
        }

        public List<String> choices() {
            return values;
        }

        public static String labelKey(String value) {
            return "fieldvoice.option." + value;
        }
    }

    /** One question: its field name in the submission, its kind, and its choices for a single choice. */
    public record Question(String name, QuestionKind kind, @Nullable Options options) {

        static Question of(String name, QuestionKind kind) {
            return new Question(name, kind, null);
        }

        static Question choice(String name, Options options) {
            return new Question(name, QuestionKind.SELECT_ONE, options);
        }
    }
}
