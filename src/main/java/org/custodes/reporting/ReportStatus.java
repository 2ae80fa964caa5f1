package org.custodes.reporting;

/** Where a company's report stands: being filled, submitted (locked), partly reopened for clarification, accepted. */
public enum ReportStatus {
    DRAFT, SUBMITTED, CLARIFICATION_REQUESTED, ACCEPTED;

    public boolean submitted() {
        return this != DRAFT;
    }
}
