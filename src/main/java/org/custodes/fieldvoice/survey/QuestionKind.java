package org.custodes.fieldvoice.survey;

/** How a question is answered: one of its options, a point on a scale, yes or no, or a few words. */
public enum QuestionKind {
    SINGLE_CHOICE, SCALE, YES_NO, FREE_TEXT;

    public boolean counted() {
        return this != FREE_TEXT;
    }
}
