package org.custodes.monitoring;

/** The categories of the body's published statistics on concerns. */
public enum ConcernCategory {
    PERSONNEL_MISCONDUCT, MANAGEMENT_AND_GOVERNANCE, OTHER
}
