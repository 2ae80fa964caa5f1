package org.custodes.organisation;

import java.util.UUID;

/** Identifies a contact person of an organisation. */
public record ContactId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
