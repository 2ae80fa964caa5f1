package org.custodes.certification.application;

import java.util.Set;

/**
 * The secretariat's decision: certifying needs every checklist item confirmed; refusing needs reasons. Both carry
 * the reference of the decision (for example the minute of the meeting that took it).
 */
public record DecideApplication(Decision decision, String decisionReference, String reasons,
        Set<ChecklistItem> confirmedChecks) {

    public DecideApplication {
        decisionReference = decisionReference.strip();
        reasons = reasons.strip();
        confirmedChecks = Set.copyOf(confirmedChecks);
    }
}
