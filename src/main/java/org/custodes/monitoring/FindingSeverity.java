package org.custodes.monitoring;

/** How serious a finding is. */
public enum FindingSeverity {
    CRITICAL, MAJOR, MINOR, OBSERVATION
}
