package org.custodes.monitoring;

/** Who wrote in a concern's dialogue. */
public enum MessageSide {
    SECRETARIAT, COMPANY
}
