package org.custodes.governance.resolution;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * Puts a resolution to the directors: its text, the matter it decides (a membership application by id, or another
 * matter) and the end of its voting window.
 */
public record DraftResolution(String title, String text, ResolutionMatter matter, @Nullable UUID matterId,
        Instant closesAt) {
}
