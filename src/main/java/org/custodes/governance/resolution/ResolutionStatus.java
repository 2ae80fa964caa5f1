package org.custodes.governance.resolution;

/** Open while its window runs and directors have still to vote; then carried or failed, once and for good. */
public enum ResolutionStatus {
    OPEN, CARRIED, FAILED
}
