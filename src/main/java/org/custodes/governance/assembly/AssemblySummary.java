package org.custodes.governance.assembly;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.custodes.governance.AssemblyId;

/** A line of the list of General Assemblies. */
public record AssemblySummary(AssemblyId id, AssemblyKind kind, String title, Instant plenaryAt,
        @Nullable String place, boolean noticeSent, boolean minutesApproved) {
}
