package org.custodes.complaint;

/** How a complaint reached the oversight body. */
public enum Channel {
    ONLINE, API, PHONE, IN_PERSON, PAPER;

    public boolean recordedByOperator() {
        return this == PHONE || this == IN_PERSON || this == PAPER;
    }
}
