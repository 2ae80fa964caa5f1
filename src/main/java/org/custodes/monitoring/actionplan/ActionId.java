package org.custodes.monitoring.actionplan;

import java.util.UUID;

public record ActionId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
