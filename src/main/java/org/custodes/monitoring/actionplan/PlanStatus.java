package org.custodes.monitoring.actionplan;

/** Proposed by the company → accepted or returned by the secretariat → in progress → closed with the finding. */
public enum PlanStatus {
    PROPOSED, RETURNED, ACCEPTED, IN_PROGRESS, CLOSED;

    /** Actions of an accepted plan run against their due dates. */
    public boolean running() {
        return this == ACCEPTED || this == IN_PROGRESS;
    }
}
