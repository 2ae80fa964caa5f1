package org.custodes.framework;

/** A group of indicators shown together in the questionnaire. */
public record QuestionnaireSection(String code, int position, Texts title) {
}
