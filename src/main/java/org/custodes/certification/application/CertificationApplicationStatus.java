package org.custodes.certification.application;

/** Where a certification application stands; CERTIFIED may later become LAPSED. */
public enum CertificationApplicationStatus {
    DRAFT, SUBMITTED, INFORMATION_REQUESTED, CERTIFIED, REFUSED, LAPSED
}
