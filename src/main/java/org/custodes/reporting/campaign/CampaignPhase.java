package org.custodes.reporting.campaign;

/** A campaign before it opens, while open, in its grace period after the deadline, and closed. */
public enum CampaignPhase {
    SCHEDULED, OPEN, GRACE, CLOSED
}
