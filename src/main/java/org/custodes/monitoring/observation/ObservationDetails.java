package org.custodes.monitoring.observation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.custodes.monitoring.ObservationId;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * One observation as its reader may see it. The source's identity and the secretariat's internal note are present
 * for the secretariat and the Board only ({@code internal}); the organisation that filed it sees what it wrote and
 * what became of it.
 */
public record ObservationDetails(ObservationId id, String reference, String reporterName, SourceType sourceType,
        @Nullable OrganisationId company, String companyDescription, LocalDate observedOn, String country,
        @Nullable String region, @Nullable String site, String whatHappened, ObservationCategory category,
        List<Integer> codeParagraphs, @Nullable Integer peopleAffected, SourceReliability reliability,
        InformationCredibility credibility, boolean sourceMayBeNamed, @Nullable String mediaLink,
        @Nullable String mediaLanguage, ObservationStatus status, @Nullable String duplicateOf,
        @Nullable String concern, @Nullable String noActionReason, Instant recordedAt, @Nullable Instant triagedAt,
        boolean internal, @Nullable String sourceIdentity, @Nullable String internalNote) {
}
