package org.custodes.fieldvoice;

/** A mission accepts submissions while open; closing it revokes its devices. */
public enum CaptureMissionStatus {
    OPEN, CLOSED
}
