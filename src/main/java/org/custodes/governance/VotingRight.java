package org.custodes.governance;

/** What a member organisation may do at the General Assembly and in its pillar's elections. */
public enum VotingRight {
    /** Casts the organisation's one vote, through its designated representative. */
    VOTES,
    /** Attends and speaks, without a vote (affiliates and observers, unless configured otherwise). */
    ATTENDS
}
