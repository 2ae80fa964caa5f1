package org.custodes.monitoring;

import java.time.Instant;
import java.time.LocalDate;

/** A line of an observation list: nothing sealed, nothing internal. */
public record ObservationSummary(ObservationId id, String reference, SourceType sourceType, String companyDescription,
        LocalDate observedOn, String country, ObservationCategory category, ObservationStatus status,
        Instant recordedAt) {
}
