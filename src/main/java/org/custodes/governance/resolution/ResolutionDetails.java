package org.custodes.governance.resolution;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.custodes.governance.ResolutionId;

/** A resolution with its text, its window, each director's vote or recusal, and its tally against the rules. */
public record ResolutionDetails(ResolutionId id, String reference, String title, String text, ResolutionMatter matter,
        @Nullable UUID matterId, @Nullable String matterName, ResolutionStatus status, Instant opensAt,
        Instant closesAt, @Nullable LocalDate decidedOn, List<DirectorVote> directors, ResolutionTally tally) {
}
