package org.custodes.complaint;

import java.util.UUID;

/** Identifies a complaint case inside Custodes (pages of handlers and companies). */
public record ComplaintId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
