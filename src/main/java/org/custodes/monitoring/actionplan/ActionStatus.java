package org.custodes.monitoring.actionplan;

/** An action stays open (perhaps returned with a reason) until the secretariat accepts its evidence. */
public enum ActionStatus {
    OPEN, CLOSED
}
