package org.custodes.certification.application;

/** The secretariat's decision on an application. */
public enum Decision {
    CERTIFIED, REFUSED
}
