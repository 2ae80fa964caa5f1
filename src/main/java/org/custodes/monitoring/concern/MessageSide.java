package org.custodes.monitoring.concern;

/** Who wrote in a concern's dialogue. */
public enum MessageSide {
    SECRETARIAT, COMPANY
}
