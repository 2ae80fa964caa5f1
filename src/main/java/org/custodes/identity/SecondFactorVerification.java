package org.custodes.identity;

/** How a typed second-factor code fared; THROTTLED means it was not even looked at. */
public enum SecondFactorVerification { AUTHENTICATOR, RECOVERY_CODE, REFUSED, THROTTLED }
