package org.custodes.monitoring.finding;

/** How serious a finding is. */
public enum FindingSeverity {
    CRITICAL, MAJOR, MINOR, OBSERVATION
}
