package org.custodes.complaint;

/** Where a case stands. The complainant sees each status in plain words. */
public enum ComplaintStatus {
    RECEIVED, ACKNOWLEDGED, NOT_ADMISSIBLE, ADMISSIBLE, IN_PROCESS, REMEDY_FOLLOW_UP, OUTCOME_RECORDED, CLOSED
}
