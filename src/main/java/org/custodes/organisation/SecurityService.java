package org.custodes.organisation;

/** The controlled list of services a security company may offer. */
public enum SecurityService {
    STATIC_GUARDING, CLOSE_PROTECTION, MARITIME_SECURITY, CONVOY_AND_ESCORT, RISK_CONSULTING, TRAINING, DOG_HANDLING,
    CASH_IN_TRANSIT, OTHER
}
