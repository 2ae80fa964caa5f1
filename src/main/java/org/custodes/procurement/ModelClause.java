package org.custodes.procurement;

import java.util.List;

/**
 * The model contract clauses the toolkit offers, each tied to the Code paragraphs it gives effect to. Their wording is
 * the message {@code procurement.clause.<name>.text} in each shipped language.
 */
public enum ModelClause {
    MEMBERSHIP_CONDITION(List.of(44)),
    CERTIFICATION_CONDITION(List.of(44)),
    INCIDENT_REPORTING(List.of(63)),
    RIGHT_TO_AUDIT(List.of(67)),
    FAIR_WAGES(List.of(52, 53, 54, 64)),
    GRIEVANCE_MECHANISM(List.of(66, 67, 68)),
    TRAINING(List.of(55, 59)),
    LOSS_OF_STANDING(List.of(20));

    private final List<Integer> codeParagraphs;

    ModelClause(List<Integer> codeParagraphs) {
        this.codeParagraphs = codeParagraphs;
    }

    public List<Integer> codeParagraphs() {
        return codeParagraphs;
    }
}
