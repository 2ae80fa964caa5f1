package org.custodes.certification.application;

import java.util.List;

/** The checks of a review, as far as the data answers them; the reviewer confirms each before certifying. */
public record ReviewChecklist(List<Check> checks) {

    public ReviewChecklist {
        checks = List.copyOf(checks);
    }

    /** One check: whether the data says it passes, and a message key (with arguments) explaining why. */
    public record Check(ChecklistItem item, boolean passed, String explanationKey, List<String> arguments) {

        public Check {
            arguments = List.copyOf(arguments);
        }
    }

    public boolean allPassed() {
        return checks.stream().allMatch(Check::passed);
    }
}
