package org.custodes.membership.application;

import java.util.List;
import org.custodes.membership.MembershipRuleViolation;

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
