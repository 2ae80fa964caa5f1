package org.custodes.identity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A personal API token as its holder sees it: never the secret, only its first characters. */
public record ApiTokenSummary(ApiTokenId id, String name, String prefix, Instant createdAt,
        @Nullable Instant lastUsedAt, @Nullable Instant expiresAt) {
}
