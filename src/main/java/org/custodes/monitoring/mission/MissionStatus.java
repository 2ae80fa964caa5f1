package org.custodes.monitoring.mission;

/** Planned → in progress → completed; a mission not completed may be cancelled. */
public enum MissionStatus {
    PLANNED, IN_PROGRESS, COMPLETED, CANCELLED
}
