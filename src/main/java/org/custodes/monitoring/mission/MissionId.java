package org.custodes.monitoring.mission;

import java.util.UUID;

public record MissionId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
