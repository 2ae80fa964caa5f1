package org.custodes.monitoring;

import java.time.LocalDate;

import org.custodes.shared.OrganisationId;

public record ConcernSummary(ConcernId id, String reference, OrganisationId company, String companyName,
        ConcernCategory category, ConcernStage stage, LocalDate openedOn) {
}
