package org.custodes.certification;

/** Why a company's certification stopped being valid. */
public enum LapseReason {
    /** A yearly surveillance audit was not recorded within the tolerance after its due date. */
    MISSED_SURVEILLANCE,
    /** The external certificate reached its expiry date without renewal. */
    CERTIFICATE_EXPIRED,
    /** The certification body withdrew the external certificate. */
    CERTIFICATE_WITHDRAWN,
    /** The certification body's acceptance was withdrawn and the grace period has passed. */
    BODY_ACCEPTANCE_WITHDRAWN
}
