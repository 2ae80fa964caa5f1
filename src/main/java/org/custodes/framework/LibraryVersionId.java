package org.custodes.framework;

import java.util.UUID;

/** Identifies one immutable version of the indicator library. */
public record LibraryVersionId(UUID value) implements java.io.Serializable {

    @Override
    public String toString() {
        return value.toString();
    }
}
