package org.custodes.monitoring.concern;

import java.time.LocalDate;
import java.util.List;

import org.custodes.monitoring.ConcernCategory;
import org.custodes.monitoring.ConcernId;
import org.custodes.monitoring.finding.FindingDetails;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A concern as its reader may see it: the company sees only the messages the secretariat shared and its own, never
 * the origin or the reason of a referral ({@code internal} is false). Both see the findings and the company's answers.
 */
public record ConcernDetails(ConcernId id, String reference, OrganisationId company, String companyName,
        ConcernCategory category, @Nullable ConcernOrigin origin, @Nullable String originReference, String summary,
        List<Integer> codeParagraphs, ConcernStage stage, @Nullable String recommendations,
        @Nullable String closingReason, LocalDate openedOn, @Nullable LocalDate closedOn,
        List<ConcernMessage> messages, List<String> linkedObservations, List<FindingDetails> findings,
        boolean internal) {
}
