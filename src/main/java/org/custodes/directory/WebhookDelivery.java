package org.custodes.directory;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One line of a webhook's delivery log. */
public record WebhookDelivery(UUID id, String url, UUID eventId, String status, int attempts,
        @Nullable Integer lastStatusCode, @Nullable String lastError, Instant createdAt, @Nullable Instant lastAttemptAt,
        @Nullable Instant nextAttemptAt, @Nullable Instant deliveredAt) {
}
