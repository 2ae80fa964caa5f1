package org.custodes.directory;

import java.time.LocalDate;

import org.custodes.membership.MembershipStatus;
import org.custodes.membership.SanctionStep;

/** One input of the standing rules, dated, numbered in the order it arrived. */
sealed interface StandingFact {

    long sequence();

    LocalDate on();

    record MembershipChange(long sequence, LocalDate on, MembershipStatus status) implements StandingFact {
    }

    record SanctionDecision(long sequence, LocalDate on, String caseReference, SanctionStep step, boolean resolved)
            implements StandingFact {
    }
}
