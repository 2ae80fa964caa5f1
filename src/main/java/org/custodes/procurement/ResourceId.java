package org.custodes.procurement;

import java.util.UUID;

/** A resource of the library. */
public record ResourceId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
