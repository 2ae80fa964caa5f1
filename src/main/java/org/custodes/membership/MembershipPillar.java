package org.custodes.membership;

import java.util.Optional;

import org.custodes.organisation.OrganisationKind;

/** The pillar an organisation applies in: one of the three membership pillars, or as an observer (no vote). */
public enum MembershipPillar {
    COMPANY, CIVIL_SOCIETY, STATE, OBSERVER;

    /** The pillar an organisation of this kind belongs to; clients and certification bodies have none. */
    public static Optional<MembershipPillar> of(OrganisationKind kind) {
        return switch (kind) {
            case COMPANY -> Optional.of(COMPANY);
            case CIVIL_SOCIETY -> Optional.of(CIVIL_SOCIETY);
            case STATE -> Optional.of(STATE);
            case OBSERVER -> Optional.of(OBSERVER);
            default -> Optional.empty();
        };
    }
}
