package org.custodes.governance.assembly;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Convenes a General Assembly: the pillar meetings open it, the plenary follows; at a place, online, or both. The
 * convening notice goes to every member's users, in their language, the configured number of days ahead.
 */
public record ConveneAssembly(AssemblyKind kind, String title, Instant pillarMeetingsAt, Instant plenaryAt,
        @Nullable String place, @Nullable String onlineLink, List<AgendaItem> agenda) {
}
