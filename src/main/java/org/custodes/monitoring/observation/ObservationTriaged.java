package org.custodes.monitoring.observation;

import java.time.Instant;

import org.custodes.monitoring.ConcernId;
import org.custodes.monitoring.ObservationId;
import org.custodes.shared.AuditableEvent;
import org.jspecify.annotations.Nullable;

/** The secretariat triaged an observation: a duplicate, linked to a concern, or no action. */
public record ObservationTriaged(ObservationId observation, String reference, ObservationStatus outcome,
        @Nullable ObservationId duplicateOf, @Nullable ConcernId concern, Instant triagedAt) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "observation:" + observation;
    }
}
