package org.custodes.membership;

import java.util.List;

/** Submission refused: the items listed are still missing. */
public class ApplicationIncomplete extends MembershipRuleViolation {

    private final transient List<MissingItem> missing;

    ApplicationIncomplete(List<MissingItem> missing) {
        super("membership.application.incomplete", missing.size());
        this.missing = List.copyOf(missing);
    }

    public List<MissingItem> missing() {
        return missing;
    }
}
