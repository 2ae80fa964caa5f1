package org.custodes.complaint;

/** How a case ended. A referral to the Board feeds the compliance-concern and sanctions ladder. */
public enum Outcome {
    RESOLVED, PARTLY_RESOLVED, NOT_RESOLVED, REFERRED_TO_BOARD;

    public boolean remedyToFollow() {
        return this == RESOLVED || this == PARTLY_RESOLVED;
    }
}
