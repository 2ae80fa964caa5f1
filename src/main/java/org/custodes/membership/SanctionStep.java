package org.custodes.membership;

/** The steps of the sanctions ladder, in the order they may be taken. */
public enum SanctionStep {
    COMPLIANCE_CONCERN, SECRETARIAT_RECOMMENDATIONS, CORRECTIVE_ACTION, SUSPENSION, TERMINATION
}
