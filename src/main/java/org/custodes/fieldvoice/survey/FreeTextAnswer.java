package org.custodes.fieldvoice.survey;

/** A free-text answer as the secretariat reads it: where it came from, the question, and the words. */
public record FreeTextAnswer(String company, String country, String question, String text) {
}
