package org.custodes.framework;

import java.util.List;

/** The shape of an answer. Table columns use the simple types only. */
public enum AnswerType {
    YES_NO, YES_PARTLY_NO_NA, SINGLE_CHOICE, MULTIPLE_CHOICE, WHOLE_NUMBER, PERCENTAGE, DATE, SHORT_TEXT, LONG_TEXT,
    EVIDENCE_FILE, TABLE;

    public static final List<AnswerType> COLUMN_TYPES = List.of(YES_NO, WHOLE_NUMBER, PERCENTAGE, DATE, SHORT_TEXT);

    /** The fixed answers of the yes/no types; choice types take theirs from the indicator. */
    public List<String> fixedValues() {
        return switch (this) {
            case YES_NO -> List.of("YES", "NO");
            case YES_PARTLY_NO_NA -> List.of("YES", "PARTLY", "NO", "NA");
            default -> List.of();
        };
    }

    public boolean hasChoices() {
        return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
    }

    /** Whether another indicator's condition may test an answer of this type. */
    public boolean canBeTested() {
        return this == YES_NO || this == YES_PARTLY_NO_NA || hasChoices();
    }
}
