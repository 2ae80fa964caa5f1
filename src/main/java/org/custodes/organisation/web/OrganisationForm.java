package org.custodes.organisation.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.custodes.organisation.OrganisationDetails;
import org.custodes.organisation.OrganisationKind;
import org.custodes.organisation.RegisterOrganisation;
import org.custodes.organisation.SecurityService;
import org.custodes.organisation.UpdateOrganisation;
import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/** The organisation form of the secretariat, as typed; the facade checks the rules. */
record OrganisationForm(
        @NotNull(message = "{organisation.form.kind.required}") @Nullable OrganisationKind kind,
        @NotBlank(message = "{organisation.form.required}") @Size(max = 200, message = "{organisation.form.too-long}") @Nullable String legalName,
        @NotBlank(message = "{organisation.form.required}") @Size(max = 200, message = "{organisation.form.too-long}") @Nullable String shortName,
        @NotBlank(message = "{organisation.form.country.required}") @Nullable String countryOfRegistration,
        @Nullable List<String> countriesOfOperation,
        @Nullable List<SecurityService> services,
        @Size(max = 300, message = "{organisation.form.too-long}") @Nullable String website,
        @Nullable Long version) {

    static OrganisationForm empty() {
        return new OrganisationForm(null, "", "", "", List.of(), List.of(), "", null);
    }

    static OrganisationForm of(OrganisationDetails details) {
        var organisation = details.organisation();
        return new OrganisationForm(organisation.kind(), organisation.legalName(), organisation.shortName(),
                organisation.countryOfRegistration().value(),
                organisation.countriesOfOperation().stream().map(CountryCode::value).sorted().toList(),
                organisation.services().stream().sorted().toList(),
                organisation.website() == null ? "" : organisation.website(), details.version());
    }

    List<String> countriesOfOperationOrEmpty() {
        return countriesOfOperation == null ? List.of() : countriesOfOperation;
    }

    /** The country codes the user chose that the registry would not know; pages report them on their field. */
    boolean hasUnknownCountry() {
        return countriesOfOperationOrEmpty().stream().anyMatch(code -> !CountryCode.isKnown(code));
    }

    RegisterOrganisation toRegister() {
        return new RegisterOrganisation(chosenKind(), text(legalName), text(shortName), new CountryCode(text(countryOfRegistration)),
                chosenCountries(), chosenServices(), website);
    }

    UpdateOrganisation toUpdate(OrganisationId id) {
        return new UpdateOrganisation(id, chosenKind(), text(legalName), text(shortName),
                new CountryCode(text(countryOfRegistration)), chosenCountries(), chosenServices(), website, version);
    }

    private OrganisationKind chosenKind() {
        if (kind == null) {
            throw new IllegalStateException("validated form has a kind");
        }
        return kind;
    }

    private Set<CountryCode> chosenCountries() {
        return countriesOfOperationOrEmpty().stream().map(CountryCode::new).collect(Collectors.toSet());
    }

    private Set<SecurityService> chosenServices() {
        return services == null ? Set.of() : Set.copyOf(services);
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
