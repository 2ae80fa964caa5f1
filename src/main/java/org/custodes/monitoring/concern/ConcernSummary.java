package org.custodes.monitoring.concern;

import java.time.LocalDate;

import org.custodes.monitoring.ConcernCategory;
import org.custodes.monitoring.ConcernId;
import org.custodes.shared.OrganisationId;

public record ConcernSummary(ConcernId id, String reference, OrganisationId company, String companyName,
        ConcernCategory category, ConcernStage stage, LocalDate openedOn) {
}
