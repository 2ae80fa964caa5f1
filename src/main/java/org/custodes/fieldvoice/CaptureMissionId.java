package org.custodes.fieldvoice;

import java.util.UUID;

public record CaptureMissionId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
