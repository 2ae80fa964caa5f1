package org.custodes.governance.resolution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.custodes.governance.ResolutionId;

/** A line of the list of resolutions. */
public record ResolutionSummary(ResolutionId id, String reference, String title, ResolutionMatter matter,
        @Nullable UUID matterId, ResolutionStatus status, Instant closesAt, @Nullable LocalDate decidedOn) {
}
