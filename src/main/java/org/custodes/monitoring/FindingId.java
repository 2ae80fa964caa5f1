package org.custodes.monitoring;

import java.util.UUID;

public record FindingId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
