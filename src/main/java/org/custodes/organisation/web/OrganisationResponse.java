package org.custodes.organisation.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.custodes.organisation.Contact;
import org.custodes.organisation.OrganisationDetails;
import org.custodes.organisation.OrganisationKind;
import org.custodes.organisation.OrganisationSummary;
import org.custodes.organisation.SecurityService;
import org.custodes.shared.CountryCode;
import org.jspecify.annotations.Nullable;

/** An organisation as the API shows it: plain codes, sorted lists, contacts only on a single organisation. */
record OrganisationResponse(UUID id, OrganisationKind kind, String legalName, String shortName,
        String countryOfRegistration, List<String> countriesOfOperation, List<SecurityService> services,
        @Nullable String website, @Nullable List<ContactResponse> contacts, @Nullable Long version,
        @Nullable Instant registeredAt, @Nullable Instant updatedAt) {

    record ContactResponse(UUID id, String name, @Nullable String role, @Nullable String email, @Nullable String phone) {

        static ContactResponse of(Contact contact) {
            return new ContactResponse(contact.id().value(), contact.name(), contact.role(), contact.email(),
                    contact.phone());
        }
    }

    static OrganisationResponse of(OrganisationSummary organisation) {
        return new OrganisationResponse(organisation.id().value(), organisation.kind(), organisation.legalName(),
                organisation.shortName(), organisation.countryOfRegistration().value(),
                organisation.countriesOfOperation().stream().map(CountryCode::value).sorted().toList(),
                organisation.services().stream().sorted().toList(), organisation.website(), null, null, null, null);
    }

    static OrganisationResponse of(OrganisationDetails details) {
        var summary = of(details.organisation());
        return new OrganisationResponse(summary.id(), summary.kind(), summary.legalName(), summary.shortName(),
                summary.countryOfRegistration(), summary.countriesOfOperation(), summary.services(), summary.website(),
                details.contacts().stream().map(ContactResponse::of).toList(), details.version(),
                details.registeredAt(), details.updatedAt());
    }
}
