package org.custodes.governance;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A line of the list of General Assemblies. */
public record AssemblySummary(AssemblyId id, AssemblyKind kind, String title, Instant plenaryAt,
        @Nullable String place, boolean noticeSent, boolean minutesApproved) {
}
