package org.custodes.monitoring.concern;

import java.util.Set;

/**
 * The escalation path (Art 12 Procedures): a concern is identified, taken into confidential dialogue with the company,
 * answered with the secretariat's recommendations, and then resolved or referred by the Executive Director to the
 * Board. No stage is skipped and a closed concern stays closed.
 */
public enum ConcernStage {
    IDENTIFIED, DIALOGUE, RECOMMENDATIONS, RESOLVED, REFERRED_TO_BOARD;

    public Set<ConcernStage> next() {
        return switch (this) {
            case IDENTIFIED -> Set.of(DIALOGUE);
            case DIALOGUE -> Set.of(RECOMMENDATIONS);
            case RECOMMENDATIONS -> Set.of(RESOLVED, REFERRED_TO_BOARD);
            case RESOLVED, REFERRED_TO_BOARD -> Set.of();
        };
    }

    public boolean closed() {
        return next().isEmpty();
    }

    /** The company takes part in the dialogue from its opening until the concern is closed. */
    public boolean inDialogue() {
        return this == DIALOGUE || this == RECOMMENDATIONS;
    }
}
