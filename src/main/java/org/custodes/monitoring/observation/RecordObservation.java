package org.custodes.monitoring.observation;

import java.time.LocalDate;
import java.util.Set;

import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * What someone saw or read about a company, member or not: the company by id when it is known, always by a
 * description. {@code whatHappened} and {@code sourceIdentity} are sealed at rest; the source is never named to the
 * company unless {@code sourceMayBeNamed}. A media item's language is an ISO 639-1 code (any language, not only
 * the four of the interface).
 */
public record RecordObservation(SourceType sourceType, @Nullable OrganisationId company, String companyDescription,
        LocalDate observedOn, CountryCode country, @Nullable String region, @Nullable String site,
        String whatHappened, ObservationCategory category, Set<Integer> codeParagraphs,
        @Nullable Integer peopleAffected, SourceReliability reliability, InformationCredibility credibility,
        @Nullable String sourceIdentity, boolean sourceMayBeNamed, @Nullable String mediaLink,
        @Nullable String mediaLanguage) {

    public RecordObservation {
        codeParagraphs = Set.copyOf(codeParagraphs);
    }
}
