package org.custodes.governance.resolution;

import java.time.LocalDate;
import java.util.UUID;

import org.custodes.governance.ResolutionId;
import org.custodes.shared.AuditableEvent;
import org.jspecify.annotations.Nullable;

/** The Board decided: the resolution passed on {@code carriedOn}, the day its vote closed, never later. */
public record ResolutionCarried(ResolutionId resolution, String reference, String title, ResolutionMatter matter,
        @Nullable UUID matterId, LocalDate carriedOn, int votesFor, int votesAgainst, int abstentions)
        implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "resolution:" + resolution;
    }
}
