package org.custodes.membership.sanction;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.custodes.membership.MembershipRuleViolation;

/**
 * The chance a company was given to answer before a step against it is decided: when it was asked, by when, and
 * its reply if it gave one. It is on record once the company replied, or once the deadline passed in silence.
 */
public record RightOfReply(LocalDate requestedOn, LocalDate deadline, @Nullable LocalDate repliedOn,
        @Nullable String reply) {

    public boolean onRecord(LocalDate today) {
        return repliedOn != null || today.isAfter(deadline);
    }

    public boolean replied() {
        return repliedOn != null;
    }

    public RightOfReply answer(String text, LocalDate on) {
        if (repliedOn != null) {
            throw new MembershipRuleViolation("membership.reply.already-given");
        }
        if (on.isAfter(deadline)) {
            throw new MembershipRuleViolation("membership.reply.deadline-passed", deadline);
        }
        return new RightOfReply(requestedOn, deadline, on, text);
    }
}
