package org.custodes.training.quiz;

/** How a question is answered: one option, any number of options, or true or false (one of two options). */
public enum QuestionKind {
    SINGLE, MULTIPLE, TRUE_FALSE;

    public boolean multiple() {
        return this == MULTIPLE;
    }
}
