package org.custodes.membership;

import java.util.UUID;

/** Identifies a membership application. */
public record ApplicationId(UUID value) {

    public static ApplicationId of(String value) {
        return new ApplicationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
