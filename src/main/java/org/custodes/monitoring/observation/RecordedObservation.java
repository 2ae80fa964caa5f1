package org.custodes.monitoring.observation;

import org.custodes.monitoring.ObservationId;

/** The answer to recording an observation; {@code replayed} when an idempotent repeat returned the first answer. */
public record RecordedObservation(ObservationId id, String reference, boolean replayed) {
}
