package org.custodes.governance.resolution;

/**
 * What a resolution decides. A carried resolution on a membership application becomes membership's Board decision,
 * dated the day it was carried; any other matter is recorded here only.
 */
public enum ResolutionMatter {
    ADMIT_APPLICANT, REJECT_APPLICANT, OTHER;

    public boolean onMembershipApplication() {
        return this == ADMIT_APPLICANT || this == REJECT_APPLICANT;
    }
}
