package org.custodes.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.custodes.organisation.OrganisationFixtures.company;
import static org.custodes.organisation.OrganisationFixtures.secretariat;
import static org.custodes.organisation.OrganisationFixtures.signedIn;
import static org.custodes.organisation.OrganisationFixtures.unique;

import java.util.Set;

import org.custodes.shared.CountryCode;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class OrganisationServiceIntegrationTests {

    @Autowired
    OrganisationService organisations;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static void as(Authentication authentication) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
    }

    @Test
    void registeringAndUpdatingPublishAuditableEventsNamingWhatChanged() {
        as(secretariat());
        var name = unique("Sentinel Maritime");
        var id = organisations.register(company(name, "GR"));
        assertThat(events.stream(OrganisationRegistered.class))
                .containsExactly(new OrganisationRegistered(id, OrganisationKind.COMPANY, name));

        var before = organisations.details(id);
        organisations.update(new UpdateOrganisation(id, OrganisationKind.COMPANY, name, "Sentinel M",
                new CountryCode("GR"), Set.of(new CountryCode("GR"), new CountryCode("DJ")),
                Set.of(SecurityService.MARITIME_SECURITY), "https://sentinel.example", before.version()));

        assertThat(events.stream(OrganisationUpdated.class)).singleElement().satisfies(updated -> {
            assertThat(updated.organisation()).isEqualTo(id);
            assertThat(updated.changedFacts()).containsExactlyInAnyOrder("shortName", "countriesOfOperation", "services",
                    "website");
            assertThat(updated.auditSubject()).isEqualTo("organisation:" + id);
            assertThat(updated.auditAction()).isEqualTo("organisation.organisation-updated");
        });
        assertThat(organisations.details(id).version()).isEqualTo(before.version() + 1);
    }

    @Test
    void namesOfAListComeInOneAnswerAndAnUnknownIdIsLeftOut() {
        as(secretariat());
        var first = unique("Harbour Watch");
        var second = unique("Desert Shield");
        var a = organisations.register(company(first, "OM"));
        var b = organisations.register(company(second, "OM"));
        var unknown = new OrganisationId(java.util.UUID.randomUUID());
        assertThat(organisations.namesOf(Set.of(a, b, unknown))).containsOnly(
                org.assertj.core.api.Assertions.entry(a, first), org.assertj.core.api.Assertions.entry(b, second));
        assertThat(organisations.namesOf(Set.of())).isEmpty();
    }

    @Test
    void anUpdateThatChangesNothingLeavesNoEvent() {
        as(secretariat());
        var name = unique("Atlas Protection");
        var id = organisations.register(company(name, "FR"));
        var current = organisations.get(id);
        organisations.update(new UpdateOrganisation(id, current.kind(), current.legalName(), current.shortName(),
                current.countryOfRegistration(), current.countriesOfOperation(), current.services(), current.website(), null));
        assertThat(events.stream(OrganisationUpdated.class)).isEmpty();
    }

    @Test
    void aStaleEditAndATakenLegalNameAreRefused() {
        as(secretariat());
        var first = organisations.register(company(unique("Kilimanjaro Guarding"), "KE"));
        var taken = unique("Andes Seguridad");
        organisations.register(company(taken, "CO"));
        var current = organisations.get(first);

        assertThatExceptionOfType(OrganisationRefused.class)
                .isThrownBy(() -> organisations.update(new UpdateOrganisation(first, current.kind(), taken.toUpperCase(),
                        "x", current.countryOfRegistration(), Set.of(), Set.of(), null, null)))
                .satisfies(refused -> assertThat(refused.field()).isEqualTo("legalName"));
        assertThatExceptionOfType(OrganisationRefused.class)
                .isThrownBy(() -> organisations.update(new UpdateOrganisation(first, current.kind(), current.legalName(),
                        "x", current.countryOfRegistration(), Set.of(), Set.of(), null, 99L)))
                .satisfies(refused -> assertThat(refused.messageKey()).isEqualTo("organisation.changed-meanwhile"));
    }

    @Test
    void contactsAreAddedAndRemovedWithEventsThatKeepNoEMailOrPhone() {
        as(secretariat());
        var id = organisations.register(company(unique("Al-Noor Security"), "AE"));
        var contact = organisations.addContact(new AddContact(id, "Fatima Al-Sayed", "Compliance officer",
                "fatima@alnoor.example", "+971 4 000 0000"));

        assertThat(organisations.details(id).contacts()).containsExactly(new Contact(contact, "Fatima Al-Sayed",
                "Compliance officer", "fatima@alnoor.example", "+971 4 000 0000"));
        assertThat(events.stream(ContactAdded.class)).containsExactly(new ContactAdded(id, contact, "Fatima Al-Sayed"));

        organisations.removeContact(id, contact);
        assertThat(organisations.details(id).contacts()).isEmpty();
        assertThat(events.stream(ContactRemoved.class)).containsExactly(new ContactRemoved(id, contact));
        assertThatExceptionOfType(NotFound.class).isThrownBy(() -> organisations.removeContact(id, contact));
    }

    @Test
    void aContactCannotBeRemovedThroughAnotherOrganisation() {
        as(secretariat());
        var owner = organisations.register(company(unique("Owner Security"), "GB"));
        var other = organisations.register(company(unique("Other Security"), "GB"));
        var contact = organisations.addContact(new AddContact(owner, "James Okafor", null, "james@owner.example", null));
        assertThatExceptionOfType(NotFound.class).isThrownBy(() -> organisations.removeContact(other, contact));
        assertThat(organisations.details(owner).contacts()).hasSize(1);
    }

    @Test
    void aMemberReadsOnlyTheirOwnOrganisationAndLearnsNothingAboutOthers() {
        as(secretariat());
        var own = organisations.register(company(unique("Own Guarding"), "KE"));
        var other = organisations.register(company(unique("Other Guarding"), "KE"));

        as(signedIn(own, "organisation:read-own"));
        assertThat(organisations.details(own).organisation().id()).isEqualTo(own);
        assertThat(organisations.mine().organisation().id()).isEqualTo(own);
        assertThatExceptionOfType(NotFound.class).isThrownBy(() -> organisations.details(other));
        assertThatExceptionOfType(NotFound.class)
                .isThrownBy(() -> organisations.details(new OrganisationId(java.util.UUID.randomUUID())));
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> organisations.search(OrganisationSearch.everything(), PageQuery.first()));
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> organisations.register(company(unique("Sneaky"), "KE")));
    }

    @Test
    void searchIgnoresCaseAndAccentsAndCombinesFilters() {
        as(secretariat());
        var token = java.util.UUID.randomUUID().toString().substring(0, 8);
        var guarding = organisations.register(company("Société Étoile Sécurité " + token, "FR", "ML"));
        organisations.register(new RegisterOrganisation(OrganisationKind.CIVIL_SOCIETY, "Observatoire Étoile " + token,
                "OE", new CountryCode("ML"), Set.of(new CountryCode("ML")), Set.of(), null));

        var byName = organisations.search(new OrganisationSearch("ETOILE SECURITE " + token, null, null, null), PageQuery.first());
        assertThat(byName.items()).extracting(OrganisationSummary::id).containsExactly(guarding);

        var inMali = organisations.search(new OrganisationSearch(token, null, new CountryCode("ML"), null), PageQuery.first());
        assertThat(inMali.totalItems()).isEqualTo(2);
        var companiesInMali = organisations.search(new OrganisationSearch(token, OrganisationKind.COMPANY,
                new CountryCode("ML"), SecurityService.STATIC_GUARDING), PageQuery.first());
        assertThat(companiesInMali.items()).extracting(OrganisationSummary::id).containsExactly(guarding);
        assertThat(organisations.search(new OrganisationSearch(token, null, new CountryCode("SN"), null), PageQuery.first())
                .totalItems()).isZero();
        assertThat(organisations.search(new OrganisationSearch("%" + token, null, null, null), PageQuery.first())
                .totalItems()).as("wildcards in the name are literal").isZero();
    }

    @Test
    void theDemoGivesSomeOrganisationsAContact() {
        as(secretariat());
        var aegis = organisations.findByLegalName("Aegis Shield Security Ltd").orElseThrow();
        assertThat(organisations.details(aegis.id()).contacts()).extracting(Contact::name).containsExactly("James Okafor");
    }
}
