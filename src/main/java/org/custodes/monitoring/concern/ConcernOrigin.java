package org.custodes.monitoring.concern;

/** What a concern was opened from; the reference of that origin is kept beside it. */
public enum ConcernOrigin {
    OBSERVATION, COMPLAINT, SELF_ASSESSMENT, AUDIT_FINDING, DIRECT, CORRECTIVE_ACTION
}
