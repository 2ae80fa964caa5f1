package org.custodes.monitoring.concern;

import java.time.Instant;
import java.util.UUID;

import org.custodes.monitoring.ConcernId;
import org.custodes.shared.AuditableEvent;

/** A message in a concern's dialogue, or an internal note; the event carries no text. */
public record ConcernMessagePosted(ConcernId concern, UUID message, MessageSide side, boolean shared,
        Instant postedAt) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "concern:" + concern;
    }
}
