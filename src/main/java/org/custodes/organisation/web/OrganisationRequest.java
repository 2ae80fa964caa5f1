package org.custodes.organisation.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.custodes.organisation.OrganisationKind;
import org.custodes.organisation.RegisterOrganisation;
import org.custodes.organisation.SecurityService;
import org.custodes.organisation.UpdateOrganisation;
import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * The facts a client may set on an organisation. Fields the registry owns (id, version, dates) are simply absent,
 * so a client that sends them changes nothing.
 */
@Schema(name = "OrganisationRequest")
record OrganisationRequest(
        @NotNull @Nullable OrganisationKind kind,
        @NotBlank @Size(max = 200) @Nullable String legalName,
        @NotBlank @Size(max = 200) @Nullable String shortName,
        @NotBlank @Pattern(regexp = "[A-Za-z]{2}") @Schema(description = "ISO 3166-1 alpha-2", example = "GB") @Nullable String countryOfRegistration,
        @Size(max = 250) @Schema(example = "[\"GB\", \"KE\"]") @Nullable List<@NotNull @Pattern(regexp = "[A-Za-z]{2}") String> countriesOfOperation,
        @Size(max = 20) @Nullable List<@NotNull SecurityService> services,
        @Size(max = 300) @Schema(example = "https://example.org") @Nullable String website) {

    RegisterOrganisation toRegister() {
        return new RegisterOrganisation(required(kind), text(legalName), text(shortName),
                new CountryCode(text(countryOfRegistration)), chosenCountries(), chosenServices(), website);
    }

    UpdateOrganisation toUpdate(OrganisationId id) {
        return new UpdateOrganisation(id, required(kind), text(legalName), text(shortName),
                new CountryCode(text(countryOfRegistration)), chosenCountries(), chosenServices(), website, null);
    }

    private Set<CountryCode> chosenCountries() {
        return countriesOfOperation == null ? Set.of()
                : countriesOfOperation.stream().map(CountryCode::new).collect(Collectors.toSet());
    }

    private Set<SecurityService> chosenServices() {
        return services == null ? Set.of() : Set.copyOf(services);
    }

    private static OrganisationKind required(@Nullable OrganisationKind kind) {
        if (kind == null) {
            throw new IllegalStateException("validated request has a kind");
        }
        return kind;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
