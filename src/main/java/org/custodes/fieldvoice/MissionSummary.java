package org.custodes.fieldvoice;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

public record MissionSummary(MissionId id, String name, MissionStatus status, Instant openedAt, @Nullable Instant closedAt,
        int forms, int activeDevices, int submissions) {
}
