package org.custodes.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.custodes.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * A message of the outbox as the secretariat's outbox page shows it: rendered in the recipient's language (subject
 * and body are null when its template cannot be rendered), with the links of the body that lead to this site.
 */
public record OutboxEntry(UUID id, String recipient, Language language, String template, MessageStatus status,
        int attempts, Instant createdAt, Instant nextAttemptAt, @Nullable Instant sentAt, @Nullable String lastError,
        @Nullable String subject, @Nullable String body, List<String> links) {

    public OutboxEntry {
        links = List.copyOf(links);
    }
}
