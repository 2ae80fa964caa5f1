package org.custodes.monitoring.observation;

/** What an observation is about, in the Code's terms (the same headings complaints use). */
public enum ObservationCategory {
    USE_OF_FORCE, DETENTION, TORTURE_OR_ILL_TREATMENT, SEXUAL_EXPLOITATION_OR_GBV, TRAFFICKING_OR_FORCED_LABOUR,
    DISCRIMINATION, WAGES_HOURS_CONTRACTS, HARASSMENT, WEAPONS, GRIEVANCE_MECHANISM, MANAGEMENT_AND_GOVERNANCE, OTHER
}
