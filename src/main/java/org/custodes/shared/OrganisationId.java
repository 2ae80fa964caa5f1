package org.custodes.shared;

import java.io.Serializable;
import java.util.UUID;

/** Identifies an organisation (owned by the organisation module) wherever another module refers to it. */
public record OrganisationId(UUID value) implements Serializable {

    public static OrganisationId of(String value) {
        return new OrganisationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
