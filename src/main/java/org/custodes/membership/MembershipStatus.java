package org.custodes.membership;

/**
 * Where an organisation stands in the membership lifecycle. A company is a MEMBER (not yet certified) until
 * certification makes it a CERTIFIED_MEMBER; a member that misses its certification deadline but reported
 * satisfactorily becomes an AFFILIATE.
 */
public enum MembershipStatus {
    APPLICANT, REJECTED, MEMBER, CERTIFIED_MEMBER, AFFILIATE, OBSERVER, SUSPENDED, TERMINATED, WITHDRAWN;

    /** Whether the organisation currently belongs to the association (suspended members still do). */
    public boolean belongs() {
        return this == MEMBER || this == CERTIFIED_MEMBER || this == AFFILIATE || this == OBSERVER || this == SUSPENDED;
    }
}
