package org.custodes.monitoring.observation;

/** Where an observation stands: awaiting triage, or what the secretariat made of it. */
public enum ObservationStatus {
    NEW, DUPLICATE, LINKED, NO_ACTION
}
