package org.custodes.monitoring;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

public record FindingDetails(FindingId id, String reference, int codeParagraph, FindingSeverity severity,
        String statement, String evidence, LocalDate recordedOn, FindingResponse response,
        @Nullable String responseReasons, @Nullable LocalDate respondedOn) {
}
