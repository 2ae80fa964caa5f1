package org.custodes.directory;

import java.time.Instant;
import java.util.UUID;

/** A webhook as its owner sees it; the secret is shown once, at registration, and never again. */
public record WebhookSummary(UUID id, String url, Instant createdAt) {
}
