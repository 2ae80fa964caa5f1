package org.custodes.monitoring.observation;

import org.jspecify.annotations.Nullable;

/**
 * The secretariat's triage: a duplicate of another observation (by reference), linked to a concern (by reference),
 * or no action with the reason. The internal note is for the secretariat and the Board only.
 */
public record TriageObservation(ObservationStatus outcome, @Nullable String duplicateOf, @Nullable String concern,
        @Nullable String reason, @Nullable String internalNote) {
}
