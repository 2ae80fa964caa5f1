package org.custodes.governance.resolution;

/** A director's vote on a resolution; an abstention counts for the quorum but not for the majority. */
public enum VoteChoice {
    FOR, AGAINST, ABSTAIN
}
