package org.custodes.monitoring.actionplan;

/** What a finding is about, for the closure rule: some categories close only by a return visit with new records. */
public enum FindingCategory {
    WAGES, WORKING_HOURS, USE_OF_FORCE, DETENTION, WEAPONS, VETTING_AND_TRAINING, MANAGEMENT, GRIEVANCE, OTHER
}
