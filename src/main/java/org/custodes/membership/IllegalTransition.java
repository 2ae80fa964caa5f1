package org.custodes.membership;

import org.jspecify.annotations.Nullable;

/** The lifecycle does not allow moving from the current status to the one asked for. */
public class IllegalTransition extends MembershipRuleViolation {

    IllegalTransition(@Nullable MembershipStatus from, MembershipStatus to) {
        super("membership.transition.illegal", from == null ? "-" : from.name(), to.name());
    }
}
