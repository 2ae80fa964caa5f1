package org.custodes.reporting.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.custodes.framework.LibraryVersionId;
import org.custodes.reporting.campaign.OpenCampaign;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** A new campaign as typed by the secretariat; {@code scope} is ALL or CHOSEN companies. */
record CampaignForm(
        @NotNull(message = "{reporting.form.required}") @Min(value = 2000, message = "{reporting.campaign.year.invalid}") @Max(value = 9999, message = "{reporting.campaign.year.invalid}") @Nullable Integer year,
        @NotBlank(message = "{reporting.form.required}") @Size(max = 200, message = "{reporting.form.too-long}") @Nullable String title,
        @NotNull(message = "{reporting.form.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate opensOn,
        @NotNull(message = "{reporting.form.required}") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate deadline,
        @NotNull(message = "{reporting.form.required}") @Min(value = 0, message = "{reporting.campaign.grace.invalid}") @Max(value = 365, message = "{reporting.campaign.grace.invalid}") @Nullable Integer graceDays,
        @Nullable UUID library,
        @Nullable String scope,
        @Nullable List<UUID> companies) {

    static CampaignForm defaults(LocalDate today, @Nullable UUID library) {
        var year = today.getYear();
        return new CampaignForm(year, "Company self-assessment " + year, LocalDate.of(year, 7, 1),
                LocalDate.of(year, 9, 23), 14, library, "ALL", List.of());
    }

    boolean chosenScope() {
        return "CHOSEN".equals(scope);
    }

    Set<UUID> chosenCompanies() {
        return companies == null ? Set.of() : Set.copyOf(companies);
    }

    OpenCampaign toCommand() {
        Set<OrganisationId> chosen = chosenScope()
                ? chosenCompanies().stream().map(OrganisationId::new).collect(Collectors.toSet()) : Set.of();
        return new OpenCampaign(year == null ? 0 : year, title == null ? "" : title, required(opensOn), required(deadline),
                graceDays == null ? 0 : graceDays, library == null ? null : new LibraryVersionId(library), chosen);
    }

    private static LocalDate required(@Nullable LocalDate date) {
        if (date == null) {
            throw new IllegalStateException("validated form has dates");
        }
        return date;
    }
}
