package org.custodes.fieldvoice;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A registered device; its secret is never shown again after registration. */
public record DeviceSummary(DeviceId id, CaptureMissionId mission, String holder, String username, Instant registeredAt,
        @Nullable Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
