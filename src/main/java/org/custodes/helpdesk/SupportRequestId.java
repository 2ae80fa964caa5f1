package org.custodes.helpdesk;

import java.util.UUID;

public record SupportRequestId(UUID value) {

    public static SupportRequestId parse(String value) {
        return new SupportRequestId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
