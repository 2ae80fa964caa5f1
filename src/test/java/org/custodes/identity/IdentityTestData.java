package org.custodes.identity;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.custodes.identity.account.Accounts;
import org.custodes.organisation.OrganisationKind;
import org.custodes.organisation.OrganisationService;
import org.custodes.organisation.RegisterOrganisation;
import org.custodes.shared.CountryCode;
import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Organisations, accounts and principals with unique names, made through the facades as the system. */
final class IdentityTestData {

    static final String PASSWORD = "Long-enough-test-passphrase-42";

    private final OrganisationService organisations;
    private final IdentityService identity;
    private final Accounts accounts;
    private final JdbcClient jdbc;

    IdentityTestData(OrganisationService organisations, IdentityService identity, Accounts accounts, JdbcClient jdbc) {
        this.organisations = organisations;
        this.identity = identity;
        this.accounts = accounts;
        this.jdbc = jdbc;
    }

    static String unique(String label) {
        return label + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    static String uniqueEmail(String label) {
        return unique(label) + "@test.example";
    }

    OrganisationId organisation(OrganisationKind kind) {
        return asSystem(() -> organisations.register(new RegisterOrganisation(kind, unique(kind.name() + " organisation"),
                unique("short"), new CountryCode("CH"), Set.of(new CountryCode("CH")), Set.of(), null)));
    }

    SignedInUser account(OrganisationId organisation, Role role) {
        var email = uniqueEmail(role.name().toLowerCase());
        asSystem(() -> identity.createAccount(new CreateAccount(organisation, email, "Test " + role, Language.EN,
                PASSWORD, Set.of(role))));
        return signedIn(email);
    }

    SignedInUser signedIn(String email) {
        var user = accounts.findByEmail(email).orElseThrow();
        user.eraseCredentials();
        return user;
    }

    SignedInUser secretariatAdmin() {
        return account(organisation(OrganisationKind.OVERSIGHT_BODY), Role.SECRETARIAT_ADMIN);
    }

    /** The link parameter of the newest message of that template to that recipient, from the outbox table. */
    String linkSentTo(String recipient, String template) {
        return jdbc.sql("""
                select parameters ->> 'link' from notification.outbox_message
                where recipient = :recipient and template = :template order by created_at desc limit 1
                """).param("recipient", recipient).param("template", template).query(String.class).single();
    }

    long messagesTo(String recipient) {
        return jdbc.sql("select count(*) from notification.outbox_message where recipient = :recipient")
                .param("recipient", recipient).query(Long.class).single();
    }

    static String tokenOf(String link) {
        return link.substring(link.indexOf("token=") + "token=".length());
    }

    static <T> T asSystem(Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                AuthorityUtils.createAuthorityList("organisation:manage", "identity:manage-roles", "identity:invite")));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static void runAsSystem(Runnable work) {
        asSystem(() -> {
            work.run();
            return null;
        });
    }
}
