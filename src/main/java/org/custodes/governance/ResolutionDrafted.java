package org.custodes.governance;

import java.time.Instant;
import java.util.UUID;

import org.custodes.shared.AuditableEvent;
import org.jspecify.annotations.Nullable;

public record ResolutionDrafted(ResolutionId resolution, String reference, ResolutionMatter matter,
        @Nullable UUID matterId, Instant closesAt, int directors) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "resolution:" + resolution;
    }
}
