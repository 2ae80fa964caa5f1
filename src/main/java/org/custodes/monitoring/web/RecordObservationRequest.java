package org.custodes.monitoring.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.custodes.monitoring.observation.InformationCredibility;
import org.custodes.monitoring.observation.ObservationCategory;
import org.custodes.monitoring.observation.SourceReliability;
import org.custodes.monitoring.observation.SourceType;
import org.jspecify.annotations.Nullable;

/** An observation over JSON, from a civil-society organisation's own tools or a media-monitoring feed. */
record RecordObservationRequest(
        @NotNull @Nullable SourceType sourceType,
        @Nullable UUID companyId,
        @NotBlank @Size(max = 300) @Nullable String companyDescription,
        @NotNull @Nullable LocalDate observedOn,
        @NotBlank @Pattern(regexp = "[A-Za-z]{2}") @Nullable String country,
        @Size(max = 200) @Nullable String region,
        @Size(max = 200) @Nullable String site,
        @NotBlank @Size(max = 10000) @Nullable String whatHappened,
        @NotNull @Nullable ObservationCategory category,
        @Nullable @Size(max = 70) List<Integer> codeParagraphs,
        @Min(0) @Nullable Integer peopleAffected,
        @NotNull @Nullable SourceReliability reliability,
        @NotNull @Nullable InformationCredibility credibility,
        @Size(max = 500) @Nullable String sourceIdentity,
        @Nullable Boolean sourceMayBeNamed,
        @Size(max = 2000) @Nullable String mediaLink,
        @Size(max = 3) @Nullable String mediaLanguage) {
}
