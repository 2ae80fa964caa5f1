package org.custodes.shared;

import java.io.Serializable;
import java.util.UUID;

/** Identifies a user account (owned by the identity module) wherever another module refers to it. */
public record UserId(UUID value) implements Serializable {

    @Override
    public String toString() {
        return value.toString();
    }
}
