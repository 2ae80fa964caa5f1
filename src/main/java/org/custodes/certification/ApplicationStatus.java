package org.custodes.certification;

/** Where a certification application stands; CERTIFIED may later become LAPSED. */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, INFORMATION_REQUESTED, CERTIFIED, REFUSED, LAPSED
}
