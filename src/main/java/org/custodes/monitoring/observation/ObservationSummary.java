package org.custodes.monitoring.observation;

import java.time.Instant;
import java.time.LocalDate;
import org.custodes.monitoring.ObservationId;

/** A line of an observation list: nothing sealed, nothing internal. */
public record ObservationSummary(ObservationId id, String reference, SourceType sourceType, String companyDescription,
        LocalDate observedOn, String country, ObservationCategory category, ObservationStatus status,
        Instant recordedAt) {
}
