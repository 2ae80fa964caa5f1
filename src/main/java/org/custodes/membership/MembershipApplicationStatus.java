package org.custodes.membership;

/**
 * Where an application stands: drafted by the applicant, submitted and reviewed by the secretariat (which may ask
 * for more information, back and forth), recommended to the Board, then approved or rejected by it.
 */
public enum MembershipApplicationStatus {
    DRAFT, SUBMITTED, INFORMATION_REQUESTED, RECOMMENDED, APPROVED, REJECTED;

    public boolean open() {
        return this != APPROVED && this != REJECTED;
    }

    /** Whether the applicant may still change the form and its documents. */
    public boolean editable() {
        return this == DRAFT || this == INFORMATION_REQUESTED;
    }
}
