package org.custodes.organisation;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

import org.custodes.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/**
 * The facts that describe an organisation, checked against the registry's rules. Registering and updating both go
 * through it, so an organisation can never be stored in a state that one of them would refuse.
 */
record OrganisationProfile(OrganisationKind kind, String legalName, String shortName,
        CountryCode countryOfRegistration, Set<CountryCode> countriesOfOperation, Set<SecurityService> services,
        @Nullable String website) {

    static final int MAX_NAME_LENGTH = 200;
    static final int MAX_WEBSITE_LENGTH = 300;

    OrganisationProfile {
        legalName = name("legalName", legalName);
        shortName = name("shortName", shortName);
        countriesOfOperation = Set.copyOf(countriesOfOperation);
        services = Set.copyOf(services);
        website = website(website);
        if (!services.isEmpty() && kind != OrganisationKind.COMPANY) {
            // The controlled list describes what a security company sells; other kinds offer no such services.
            throw new OrganisationRefused("services", "organisation.services.company-only");
        }
    }

    static OrganisationProfile of(RegisterOrganisation command) {
        return new OrganisationProfile(command.kind(), command.legalName(), command.shortName(),
                command.countryOfRegistration(), command.countriesOfOperation(), command.services(), command.website());
    }

    static OrganisationProfile of(UpdateOrganisation command) {
        return new OrganisationProfile(command.kind(), command.legalName(), command.shortName(),
                command.countryOfRegistration(), command.countriesOfOperation(), command.services(), command.website());
    }

    /** The facts that differ from another profile, by name, for the audit log. */
    Set<String> changesFrom(OrganisationSummary before) {
        var changed = new java.util.TreeSet<String>();
        if (kind != before.kind()) changed.add("kind");
        if (!legalName.equals(before.legalName())) changed.add("legalName");
        if (!shortName.equals(before.shortName())) changed.add("shortName");
        if (!countryOfRegistration.equals(before.countryOfRegistration())) changed.add("countryOfRegistration");
        if (!countriesOfOperation.equals(before.countriesOfOperation())) changed.add("countriesOfOperation");
        if (!services.equals(before.services())) changed.add("services");
        if (!java.util.Objects.equals(website, before.website())) changed.add("website");
        return changed;
    }

    private static String name(String field, @Nullable String value) {
        var trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new OrganisationRefused(field, "organisation.name.required");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw new OrganisationRefused(field, "organisation.name.too-long", MAX_NAME_LENGTH);
        }
        return trimmed;
    }

    /** A website is optional, but when given it is an absolute http or https address with a host. */
    private static @Nullable String website(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var trimmed = value.strip();
        if (trimmed.length() > MAX_WEBSITE_LENGTH) {
            throw new OrganisationRefused("website", "organisation.website.invalid");
        }
        try {
            var uri = new URI(trimmed);
            var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getUserInfo() != null) {
                throw new OrganisationRefused("website", "organisation.website.invalid");
            }
        } catch (URISyntaxException e) {
            throw new OrganisationRefused("website", "organisation.website.invalid");
        }
        return trimmed;
    }
}
