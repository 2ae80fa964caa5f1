package org.custodes.monitoring.concern;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One message of a concern's dialogue; a secretariat message not {@code shared} is an internal note. */
public record ConcernMessage(UUID id, MessageSide side, @Nullable UUID author, String text, boolean shared,
        Instant postedAt) {
}
