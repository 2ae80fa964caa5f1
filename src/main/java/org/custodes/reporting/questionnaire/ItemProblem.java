package org.custodes.reporting.questionnaire;

/** Something wrong with one item of a report, as a message key with arguments. */
public record ItemProblem(String indicatorCode, String messageKey, Object... arguments) {

    public ItemProblem {
        arguments = arguments.clone();
    }
}
