package org.custodes.reporting.analytics;

import java.time.Instant;

/** A reviewer's comment on one item; the company sees it too. */
public record ReviewComment(String body, Instant createdAt) {
}
