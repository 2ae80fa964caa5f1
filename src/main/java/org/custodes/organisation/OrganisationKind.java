package org.custodes.organisation;

/** The three pillars of membership, the observers, and the other kinds of organisation that use Custodes. */
public enum OrganisationKind {
    OVERSIGHT_BODY(false), COMPANY(true), CIVIL_SOCIETY(true), STATE(true), OBSERVER(false), CLIENT(false),
    CERTIFICATION_BODY(false);

    private final boolean pillar;

    OrganisationKind(boolean pillar) {
        this.pillar = pillar;
    }

    /** Whether this kind is one of the three membership pillars. */
    public boolean pillar() {
        return pillar;
    }
}
