package org.custodes.monitoring.web;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import org.custodes.monitoring.observation.InformationCredibility;
import org.custodes.monitoring.observation.ObservationCategory;
import org.custodes.monitoring.observation.SourceReliability;
import org.custodes.monitoring.observation.SourceType;
import org.jspecify.annotations.Nullable;

/** What someone saw or read about a company; Code paragraphs as a list ("31, 32"). */
record RecordObservationForm(
        @NotNull(message = "{monitoring.form.required}") @Nullable SourceType sourceType,
        @Nullable UUID company,
        @NotBlank(message = "{monitoring.form.required}") @Size(max = 300, message = "{monitoring.form.too-long}") @Nullable String companyDescription,
        @NotNull(message = "{monitoring.form.required}") @PastOrPresent(message = "{monitoring.form.not-future}") @Nullable LocalDate observedOn,
        @NotBlank(message = "{monitoring.form.required}") @Nullable String country,
        @Size(max = 200, message = "{monitoring.form.too-long}") @Nullable String region,
        @Size(max = 200, message = "{monitoring.form.too-long}") @Nullable String site,
        @NotBlank(message = "{monitoring.form.required}") @Size(max = 10000, message = "{monitoring.form.too-long}") @Nullable String whatHappened,
        @NotNull(message = "{monitoring.form.required}") @Nullable ObservationCategory category,
        @Size(max = 200, message = "{monitoring.form.too-long}") @Nullable String codeParagraphs,
        @Min(value = 0, message = "{monitoring.form.not-negative}") @Nullable Integer peopleAffected,
        @NotNull(message = "{monitoring.form.required}") @Nullable SourceReliability reliability,
        @NotNull(message = "{monitoring.form.required}") @Nullable InformationCredibility credibility,
        @Size(max = 500, message = "{monitoring.form.too-long}") @Nullable String sourceIdentity,
        @Nullable Boolean sourceMayBeNamed,
        @Size(max = 2000, message = "{monitoring.form.too-long}") @Nullable String mediaLink,
        @Size(max = 3, message = "{monitoring.form.too-long}") @Nullable String mediaLanguage) {

    static RecordObservationForm empty() {
        return new RecordObservationForm(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null);
    }
}
