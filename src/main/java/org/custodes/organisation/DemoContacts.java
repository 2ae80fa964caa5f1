package org.custodes.organisation;

import java.util.List;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Gives a few demo organisations a contact person, so their pages show what the secretariat keeps. It runs once the
 * application is ready, that is after every runner (the demo loader registers the organisations in one), and adds
 * nothing to an organisation that already has contacts.
 */
@Component
@ConditionalOnProperty(name = "custodes.demo.enabled", havingValue = "true")
class DemoContacts {

    private record DemoContact(String organisation, String name, String role, String email, String phone) {
    }

    private static final List<DemoContact> CONTACTS = List.of(
            new DemoContact("Aegis Shield Security Ltd", "James Okafor", "Head of compliance",
                    "compliance@aegisshield.example", "+44 20 7946 0000"),
            new DemoContact("Al-Noor Security Services LLC", "Fatima Al-Sayed", "Human rights officer",
                    "rights@alnoorsecurity.example", "+971 4 000 0000"),
            new DemoContact("Human Rights Watchpost Kenya", "Grace Wanjiru", "Programme director",
                    "grace@hrwatchpost.example", "+254 20 000 0000"));

    private final OrganisationService organisations;

    DemoContacts(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(5) // demo loaders run in dependency order: contacts, membership, certification, complaints
    void load() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                AuthorityUtils.createAuthorityList(OrganisationService.READ, "organisation:manage")));
        SecurityContextHolder.setContext(context);
        try {
            for (var contact : CONTACTS) {
                organisations.findByLegalName(contact.organisation())
                        .filter(organisation -> organisations.details(organisation.id()).contacts().isEmpty())
                        .ifPresent(organisation -> organisations.addContact(new AddContact(organisation.id(),
                                contact.name(), contact.role(), contact.email(), contact.phone())));
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
