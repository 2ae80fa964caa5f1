package org.custodes.governance.resolution;

import java.time.Instant;
import java.util.UUID;

import org.custodes.governance.ResolutionId;
import org.custodes.shared.AuditableEvent;
import org.jspecify.annotations.Nullable;

public record ResolutionDrafted(ResolutionId resolution, String reference, ResolutionMatter matter,
        @Nullable UUID matterId, Instant closesAt, int directors) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "resolution:" + resolution;
    }
}
