package org.custodes.reporting.web;

import org.custodes.framework.Indicator;
import org.custodes.reporting.questionnaire.CellProblem;
import org.custodes.reporting.questionnaire.ItemProblem;
import org.custodes.shared.Actor;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Says problems in the reader's language; templates call it as {@code @reportingTexts}. */
@Component("reportingTexts")
class ReportingTexts {

    private final MessageSource messages;

    ReportingTexts(MessageSource messages) {
        this.messages = messages;
    }

    public String of(ItemProblem problem) {
        return text(problem.messageKey(), problem.arguments());
    }

    public String of(CellProblem problem) {
        return text(problem.messageKey(), problem.arguments());
    }

    public String of(BusinessRuleViolation violation) {
        return text(violation.messageKey(), violation.arguments());
    }

    /** An answer as a reader sees it: labels for codes, a count for tables, a dash for none. */
    public String show(Indicator indicator, @Nullable String value, Language language) {
        if (value == null || value.isEmpty()) {
            return "—";
        }
        return switch (indicator.answerType()) {
            case YES_NO, YES_PARTLY_NO_NA -> text("reporting.value." + value, new Object[0]);
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> String.join(", ", java.util.Arrays.stream(value.split(";"))
                    .map(code -> indicator.choice(code).map(c -> c.label().in(language)).orElse(code)).toList());
            case TABLE -> text("reporting.value.rows", new Object[] { tools.jackson.databind.json.JsonMapper.shared().readValue(value, java.util.List.class).size() });
            default -> value;
        };
    }

    String text(String key, Object[] arguments) {
        return messages.getMessage(key, arguments, key, LocaleContextHolder.getLocale());
    }

    static boolean holds(String permission) {
        return Actor.holds(permission);
    }
}
