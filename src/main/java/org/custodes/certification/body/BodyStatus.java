package org.custodes.certification.body;

/** Whether certificates from a certification body are accepted. */
public enum BodyStatus {
    ACCEPTED, SUSPENDED, WITHDRAWN
}
