package org.custodes.governance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A line of the list of resolutions. */
public record ResolutionSummary(ResolutionId id, String reference, String title, ResolutionMatter matter,
        @Nullable UUID matterId, ResolutionStatus status, Instant closesAt, @Nullable LocalDate decidedOn) {
}
