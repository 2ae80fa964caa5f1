package org.custodes.fieldvoice;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

public record CaptureMissionSummary(CaptureMissionId id, String name, CaptureMissionStatus status, Instant openedAt, @Nullable Instant closedAt,
        int forms, int activeDevices, int submissions) {
}
