package org.custodes.membership.application;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.custodes.membership.MembershipPillar;
import org.custodes.organisation.OrganisationSummary;
import org.custodes.organisation.SecurityService;
import org.custodes.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * What an applicant declares, step by step. A draft may be incomplete; {@link #missingItems} says what each pillar
 * still needs before submission (a company needs the most, including its written plan for implementing the Code).
 */
public record ApplicationForm(
        // organisation details
        @Nullable String legalName, @Nullable String shortName, @Nullable String countryOfRegistration,
        @Nullable String website, @Nullable String contactName, @Nullable String contactEmail,
        // services and countries
        Set<SecurityService> services, Set<String> countriesOfOperation,
        // legal registration and ownership
        @Nullable String registrationNumber, @Nullable String registrationAuthority, @Nullable String ownership,
        // policies
        boolean commitsToCode, @Nullable String humanRightsPolicy, @Nullable String grievanceMechanism,
        @Nullable String grievanceMechanismLink, @Nullable String implementationPlan,
        // references
        @Nullable String references,
        // declaration by an authorised person
        @Nullable String declarantName, @Nullable String declarantTitle, @Nullable LocalDate declaredOn,
        boolean declarationConfirmed) {

    public ApplicationForm {
        services = services == null ? Set.of() : Set.copyOf(services);
        countriesOfOperation = countriesOfOperation == null ? Set.of() : Set.copyOf(countriesOfOperation);
        legalName = clean(legalName);
        shortName = clean(shortName);
        countryOfRegistration = clean(countryOfRegistration);
        website = clean(website);
        contactName = clean(contactName);
        contactEmail = clean(contactEmail);
        registrationNumber = clean(registrationNumber);
        registrationAuthority = clean(registrationAuthority);
        ownership = clean(ownership);
        humanRightsPolicy = clean(humanRightsPolicy);
        grievanceMechanism = clean(grievanceMechanism);
        grievanceMechanismLink = clean(grievanceMechanismLink);
        implementationPlan = clean(implementationPlan);
        references = clean(references);
        declarantName = clean(declarantName);
        declarantTitle = clean(declarantTitle);
    }

    public static ApplicationForm empty() {
        return new ApplicationForm(null, null, null, null, null, null, Set.of(), Set.of(), null, null, null, false, null,
                null, null, null, null, null, null, null, false);
    }

    /** A new draft starts from what the organisation module already knows. */
    public static ApplicationForm prefilledFrom(OrganisationSummary organisation) {
        return new ApplicationForm(organisation.legalName(), organisation.shortName(),
                organisation.countryOfRegistration().value(), organisation.website(), null, null,
                organisation.services(), organisation.countriesOfOperation().stream().map(CountryCode::value)
                        .collect(java.util.stream.Collectors.toSet()),
                null, null, null, false, null, null, null, null, null, null, null, null, false);
    }

    /** This form with the fields of one step taken from {@code input}; the other steps keep what they had. */
    ApplicationForm withStep(ApplicationStep step, ApplicationForm input) {
        return switch (step) {
            case ORGANISATION -> new ApplicationForm(input.legalName, input.shortName, input.countryOfRegistration,
                    input.website, input.contactName, input.contactEmail, services, countriesOfOperation,
                    registrationNumber, registrationAuthority, ownership, commitsToCode, humanRightsPolicy,
                    grievanceMechanism, grievanceMechanismLink, implementationPlan, references, declarantName,
                    declarantTitle, declaredOn, declarationConfirmed);
            case OPERATIONS -> new ApplicationForm(legalName, shortName, countryOfRegistration, website, contactName,
                    contactEmail, input.services, input.countriesOfOperation, registrationNumber, registrationAuthority,
                    ownership, commitsToCode, humanRightsPolicy, grievanceMechanism, grievanceMechanismLink,
                    implementationPlan, references, declarantName, declarantTitle, declaredOn, declarationConfirmed);
            case LEGAL -> new ApplicationForm(legalName, shortName, countryOfRegistration, website, contactName,
                    contactEmail, services, countriesOfOperation, input.registrationNumber, input.registrationAuthority,
                    input.ownership, commitsToCode, humanRightsPolicy, grievanceMechanism, grievanceMechanismLink,
                    implementationPlan, references, declarantName, declarantTitle, declaredOn, declarationConfirmed);
            case POLICIES -> new ApplicationForm(legalName, shortName, countryOfRegistration, website, contactName,
                    contactEmail, services, countriesOfOperation, registrationNumber, registrationAuthority, ownership,
                    input.commitsToCode, input.humanRightsPolicy, input.grievanceMechanism,
                    input.grievanceMechanismLink, input.implementationPlan, references, declarantName, declarantTitle,
                    declaredOn, declarationConfirmed);
            case REFERENCES -> new ApplicationForm(legalName, shortName, countryOfRegistration, website, contactName,
                    contactEmail, services, countriesOfOperation, registrationNumber, registrationAuthority, ownership,
                    commitsToCode, humanRightsPolicy, grievanceMechanism, grievanceMechanismLink, implementationPlan,
                    input.references, declarantName, declarantTitle, declaredOn, declarationConfirmed);
            case DECLARATION -> new ApplicationForm(legalName, shortName, countryOfRegistration, website, contactName,
                    contactEmail, services, countriesOfOperation, registrationNumber, registrationAuthority, ownership,
                    commitsToCode, humanRightsPolicy, grievanceMechanism, grievanceMechanismLink, implementationPlan,
                    references, input.declarantName, input.declarantTitle, input.declaredOn, input.declarationConfirmed);
        };
    }

    /** What is still missing for an applicant of this pillar, in the order of the steps. */
    public List<MissingItem> missingItems(MembershipPillar pillar) {
        var missing = new ArrayList<MissingItem>();
        var company = pillar == MembershipPillar.COMPANY;
        var civilSociety = pillar == MembershipPillar.CIVIL_SOCIETY;
        require(missing, legalName, ApplicationStep.ORGANISATION, "legal-name");
        if (countryOfRegistration == null || !CountryCode.isKnown(countryOfRegistration)) {
            missing.add(item(ApplicationStep.ORGANISATION, "country-of-registration"));
        }
        require(missing, contactName, ApplicationStep.ORGANISATION, "contact-name");
        if (contactEmail == null || !contactEmail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            missing.add(item(ApplicationStep.ORGANISATION, "contact-email"));
        }
        if (company && services.isEmpty()) {
            missing.add(item(ApplicationStep.OPERATIONS, "services"));
        }
        if ((company || civilSociety) && countriesOfOperation.isEmpty()) {
            missing.add(item(ApplicationStep.OPERATIONS, "countries"));
        }
        if (company || civilSociety) {
            require(missing, registrationNumber, ApplicationStep.LEGAL, "registration-number");
            require(missing, registrationAuthority, ApplicationStep.LEGAL, "registration-authority");
        }
        if (company) {
            require(missing, ownership, ApplicationStep.LEGAL, "ownership");
        }
        if (!commitsToCode) {
            missing.add(item(ApplicationStep.POLICIES, "commitment"));
        }
        if (company) {
            require(missing, humanRightsPolicy, ApplicationStep.POLICIES, "human-rights-policy");
            require(missing, grievanceMechanism, ApplicationStep.POLICIES, "grievance-mechanism");
            if (!isWebLink(grievanceMechanismLink)) {
                missing.add(item(ApplicationStep.POLICIES, "grievance-mechanism-link"));
            }
            require(missing, implementationPlan, ApplicationStep.POLICIES, "implementation-plan");
        }
        if (company || civilSociety) {
            require(missing, references, ApplicationStep.REFERENCES, "references");
        }
        require(missing, declarantName, ApplicationStep.DECLARATION, "declarant-name");
        require(missing, declarantTitle, ApplicationStep.DECLARATION, "declarant-title");
        if (declaredOn == null) {
            missing.add(item(ApplicationStep.DECLARATION, "declared-on"));
        }
        if (!declarationConfirmed) {
            missing.add(item(ApplicationStep.DECLARATION, "declaration-confirmed"));
        }
        return missing;
    }

    static boolean isWebLink(@Nullable String value) {
        if (value == null) {
            return false;
        }
        try {
            var uri = URI.create(value);
            return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void require(List<MissingItem> missing, @Nullable String value, ApplicationStep step, String what) {
        if (value == null) {
            missing.add(item(step, what));
        }
    }

    private static MissingItem item(ApplicationStep step, String what) {
        return new MissingItem(step, "membership.missing." + what);
    }

    private static @Nullable String clean(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
