package org.custodes.governance.assembly;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.custodes.governance.AssemblyId;

/** A General Assembly with its agenda, its notice, and its minutes once recorded and approved at the next one. */
public record AssemblyDetails(AssemblyId id, AssemblyKind kind, String title, Instant pillarMeetingsAt,
        Instant plenaryAt, @Nullable String place, @Nullable String onlineLink, List<AgendaItemDetails> agenda,
        @Nullable Instant noticeSentAt, @Nullable String minutes,
        @Nullable AssemblyId minutesApprovedAt) {
}
