package org.custodes.framework;

/** A typed column of a table indicator's repeating rows. */
public record TableColumn(String code, AnswerType type, Texts label) {
}
