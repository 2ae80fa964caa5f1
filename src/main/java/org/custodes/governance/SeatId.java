package org.custodes.governance;

import java.util.UUID;

public record SeatId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
