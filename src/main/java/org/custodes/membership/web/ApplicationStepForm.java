package org.custodes.membership.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.Size;
import org.custodes.membership.application.ApplicationForm;
import org.custodes.organisation.SecurityService;
import org.custodes.shared.CountryCode;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * One step of the application form as the page posts it. Every field is optional here (a draft may be incomplete);
 * only the shape is checked. What submission needs is decided by {@link ApplicationForm#missingItems}.
 */
record ApplicationStepForm(
        @Size(max = 300, message = "{membership.form.too-long}") @Nullable String legalName,
        @Size(max = 120, message = "{membership.form.too-long}") @Nullable String shortName,
        @Size(max = 2, message = "{membership.form.country-code}") @Nullable String countryOfRegistration,
        @Size(max = 300, message = "{membership.form.too-long}") @Nullable String website,
        @Size(max = 200, message = "{membership.form.too-long}") @Nullable String contactName,
        @Size(max = 320, message = "{membership.form.too-long}") @Nullable String contactEmail,
        @Nullable Set<SecurityService> services,
        @Size(max = 1000, message = "{membership.form.too-long}") @Nullable String countries,
        @Size(max = 200, message = "{membership.form.too-long}") @Nullable String registrationNumber,
        @Size(max = 300, message = "{membership.form.too-long}") @Nullable String registrationAuthority,
        @Size(max = 10000, message = "{membership.form.too-long}") @Nullable String ownership,
        @Nullable Boolean commitsToCode,
        @Size(max = 20000, message = "{membership.form.too-long}") @Nullable String humanRightsPolicy,
        @Size(max = 20000, message = "{membership.form.too-long}") @Nullable String grievanceMechanism,
        @Size(max = 500, message = "{membership.form.too-long}") @Nullable String grievanceMechanismLink,
        @Size(max = 40000, message = "{membership.form.too-long}") @Nullable String implementationPlan,
        @Size(max = 10000, message = "{membership.form.too-long}") @Nullable String references,
        @Size(max = 200, message = "{membership.form.too-long}") @Nullable String declarantName,
        @Size(max = 200, message = "{membership.form.too-long}") @Nullable String declarantTitle,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate declaredOn,
        @Nullable Boolean declarationConfirmed) {

    static ApplicationStepForm of(ApplicationForm form) {
        return new ApplicationStepForm(form.legalName(), form.shortName(), form.countryOfRegistration(), form.website(),
                form.contactName(), form.contactEmail(), form.services(),
                form.countriesOfOperation().stream().sorted().collect(Collectors.joining(", ")),
                form.registrationNumber(), form.registrationAuthority(), form.ownership(), form.commitsToCode(),
                form.humanRightsPolicy(), form.grievanceMechanism(), form.grievanceMechanismLink(),
                form.implementationPlan(), form.references(), form.declarantName(), form.declarantTitle(),
                form.declaredOn(), form.declarationConfirmed());
    }

    /** Adds field errors for country codes the JDK does not know. */
    void checkCountries(org.springframework.validation.Errors errors) {
        if (!countryCodes().stream().allMatch(CountryCode::isKnown)) {
            errors.rejectValue("countries", "membership.form.countries-invalid");
        }
        if (countryOfRegistration != null && !countryOfRegistration.isBlank() && !CountryCode.isKnown(countryOfRegistration)) {
            errors.rejectValue("countryOfRegistration", "membership.form.country-code");
        }
    }

    Set<String> countryCodes() {
        if (countries == null || countries.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(countries.split("[,;\\s]+")).filter(code -> !code.isBlank())
                .map(code -> code.strip().toUpperCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    ApplicationForm toForm() {
        return new ApplicationForm(legalName, shortName,
                countryOfRegistration == null ? null : countryOfRegistration.strip().toUpperCase(Locale.ROOT), website,
                contactName, contactEmail, services == null ? Set.of() : services, countryCodes(), registrationNumber,
                registrationAuthority, ownership, Boolean.TRUE.equals(commitsToCode), humanRightsPolicy,
                grievanceMechanism, grievanceMechanismLink, implementationPlan, references, declarantName,
                declarantTitle, declaredOn, Boolean.TRUE.equals(declarationConfirmed));
    }
}
