package org.custodes.monitoring;

import java.util.UUID;

public record ConcernId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
