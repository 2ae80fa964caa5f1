package org.custodes.certification;

/** The secretariat's decision on an application. */
public enum Decision {
    CERTIFIED, REFUSED
}
