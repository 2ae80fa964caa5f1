package org.custodes.governance.resolution;

import java.time.LocalDate;
import java.util.UUID;

import org.custodes.governance.ResolutionId;
import org.custodes.shared.AuditableEvent;
import org.jspecify.annotations.Nullable;

/** The resolution did not pass: without quorum, or without the majority. */
public record ResolutionFailed(ResolutionId resolution, String reference, ResolutionMatter matter,
        @Nullable UUID matterId, LocalDate decidedOn, boolean quorumMet, int votesFor, int votesAgainst,
        int abstentions) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "resolution:" + resolution;
    }
}
