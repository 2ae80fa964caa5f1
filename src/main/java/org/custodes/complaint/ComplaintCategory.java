package org.custodes.complaint;

/** What a complaint is about, in the Code's terms; used for routing and the public statistics. */
public enum ComplaintCategory {
    USE_OF_FORCE, DETENTION, TORTURE_OR_ILL_TREATMENT, SEXUAL_EXPLOITATION_OR_GBV, TRAFFICKING_OR_FORCED_LABOUR,
    DISCRIMINATION, WAGES_HOURS_CONTRACTS, HARASSMENT, WEAPONS, GRIEVANCE_MECHANISM_FAILED, OTHER
}
