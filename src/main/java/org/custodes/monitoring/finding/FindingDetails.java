package org.custodes.monitoring.finding;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.custodes.monitoring.FindingId;

public record FindingDetails(FindingId id, String reference, int codeParagraph, FindingSeverity severity,
        String statement, String evidence, LocalDate recordedOn, FindingResponse response,
        @Nullable String responseReasons, @Nullable LocalDate respondedOn) {
}
