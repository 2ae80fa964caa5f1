package org.custodes.certification;

/** Whether certificates from a certification body are accepted. */
public enum BodyStatus {
    ACCEPTED, SUSPENDED, WITHDRAWN
}
