package org.custodes.monitoring.actionplan;

/** How the secretariat verifies an action, or closes a finding: documents reviewed at the desk, or a return visit. */
public enum VerificationMethod {
    DESK_REVIEW, RETURN_VISIT
}
