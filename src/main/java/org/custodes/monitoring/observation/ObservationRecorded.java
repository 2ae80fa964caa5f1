package org.custodes.monitoring.observation;

import java.time.LocalDate;

import org.custodes.monitoring.ObservationId;
import org.custodes.shared.AuditableEvent;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/** An observation was recorded; it carries nothing of its text or its source. */
public record ObservationRecorded(ObservationId observation, String reference, OrganisationId reporter,
        SourceType sourceType, @Nullable OrganisationId company, String country, ObservationCategory category,
        LocalDate observedOn) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "observation:" + observation;
    }
}
