package org.custodes.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.sun.net.httpserver.HttpServer;
import org.custodes.identity.CreateAccount;
import org.custodes.identity.IdentityService;
import org.custodes.identity.Role;
import org.custodes.membership.MembershipStatus;
import org.custodes.organisation.OrganisationKind;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.Language;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class WatchlistIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired OrganisationService organisations;
    @Autowired IdentityService identity;
    @Autowired UserDetailsService accounts;
    @Autowired DirectoryService directory;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired WebhookSettings webhookSettings;
    @Autowired WebhookDeliveries deliveries;

    DirectoryFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new DirectoryFixtures(organisations, directory, events, transactions);
    }

    Authentication newClient(Language language) {
        var organisation = fixtures.register(OrganisationKind.CLIENT, "Procuring Client " + UUID.randomUUID(), "GB");
        var email = "client-" + UUID.randomUUID() + "@client.example";
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test", null,
                AuthorityUtils.createAuthorityList("identity:manage-roles")));
        SecurityContextHolder.setContext(context);
        try {
            identity.createAccount(new CreateAccount(organisation, email, "Client Buyer", language,
                    "A-long-test-password-2026", Set.of(Role.CLIENT)));
        } finally {
            SecurityContextHolder.clearContext();
        }
        var user = accounts.loadUserByUsername(email);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    <T> T as(Authentication client, java.util.function.Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(client);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aFollowerIsEmailedInTheirLanguageWhenTheStandingChanges() throws Exception {
        var client = newClient(Language.FR);
        var email = ((org.custodes.identity.SignedInUser) client.getPrincipal()).email();
        var company = fixtures.registerCompany("Followed Guarding " + UUID.randomUUID(), "ML");
        fixtures.changeStatus(company, null, MembershipStatus.MEMBER, LocalDate.of(2024, 5, 1));
        fixtures.awaitStanding(company, Standing.MEMBER);

        mvc.perform(get("/directory/companies/{id}", company.value()).with(authentication(client)))
                .andExpect(content().string(containsString("action=\"/directory/watchlist\"")));
        mvc.perform(post("/directory/watchlist").param("company", company.toString()).with(authentication(client)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/directory/watchlist").with(authentication(client)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(directory.profile(company).listing().legalName())));

        fixtures.changeStatus(company, MembershipStatus.MEMBER, MembershipStatus.SUSPENDED, LocalDate.of(2024, 9, 1));
        fixtures.awaitStanding(company, Standing.SUSPENDED);

        var queued = jdbc.sql("""
                select language, template, parameters::text from notification.outbox_message where recipient = :email
                """).param("email", email).query((row, n) -> Map.of("language", row.getString(1),
                "template", row.getString(2), "parameters", row.getString(3))).list();
        assertThat(queued).hasSize(1);
        assertThat(queued.getFirst().get("language")).isEqualTo("fr");
        assertThat(queued.getFirst().get("template")).isEqualTo("directory/standing-changed");
        assertThat(queued.getFirst().get("parameters")).contains("\"currentStanding\": \"SUSPENDED\"", "\"previousStanding\": \"MEMBER\"");
    }

    @Test
    void visitorsAndOtherRolesCannotFollow() throws Exception {
        var company = fixtures.registerCompany("Unfollowable " + UUID.randomUUID(), "KE");
        fixtures.awaitListed(company);
        mvc.perform(get("/directory/companies/{id}", company.value()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("/directory/watchlist"))));
        mvc.perform(get("/directory/watchlist")).andExpect(status().is3xxRedirection());
        mvc.perform(post("/directory/watchlist").param("company", company.toString()).with(csrf())
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .user("officer").authorities(AuthorityUtils.createAuthorityList("organisation:read"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void webhooksToPrivateAddressesAreRefusedUnlessAllowed() throws Exception {
        var client = newClient(Language.EN);
        mvc.perform(post("/directory/webhooks").param("url", "http://127.0.0.1:9/hook").with(authentication(client)).with(csrf()))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("private or local network")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        mvc.perform(post("/directory/webhooks").param("url", "file:///etc/passwd").with(authentication(client)).with(csrf()))
                .andExpect(status().is(422));
        assertThat(as(client, directory::webhooks)).isEmpty();
    }

    @Test
    void aStandingChangeIsDeliveredToTheFollowersWebhookSignedWithItsSecret() throws Exception {
        var received = new ConcurrentLinkedQueue<Map<String, String>>();
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(Map.of("body", body,
                    "signature", exchange.getRequestHeaders().getFirst("X-Custodes-Signature"),
                    "timestamp", exchange.getRequestHeaders().getFirst("X-Custodes-Timestamp")));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
        webhookSettings.allowPrivateTargets(true);
        try {
            var client = newClient(Language.EN);
            var company = fixtures.registerCompany("Hooked Maritime " + UUID.randomUUID(), "OM");
            fixtures.awaitListed(company);
            var webhook = as(client, () -> {
                directory.follow(company);
                return directory.registerWebhook("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
            });

            fixtures.changeStatus(company, null, MembershipStatus.CERTIFIED_MEMBER, LocalDate.of(2025, 3, 3));
            fixtures.awaitStanding(company, Standing.CERTIFIED_MEMBER);
            // The scheduled run may take the delivery first; either way it is sent once, and a run that meets
            // another (the scheduled one, or this second call) finds it claimed.
            deliveries.deliverDue();
            await().atMost(Duration.ofSeconds(10)).until(() -> !received.isEmpty());
            deliveries.deliverDue();

            assertThat(received).hasSize(1);
            var call = received.peek();
            assertThat(call.get("body")).contains("\"standing\":\"CERTIFIED_MEMBER\"", "\"previousStanding\":\"NOT_A_MEMBER\"",
                    "\"type\":\"company.standing-changed\"");
            assertThat(call.get("signature")).isEqualTo(WebhookSignature.sign(webhook.secret(),
                    Long.parseLong(call.get("timestamp")), call.get("body").getBytes(StandardCharsets.UTF_8)));
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(as(client, directory::webhookDeliveries))
                    .singleElement().satisfies(d -> {
                        assertThat(d.status()).isEqualTo("DELIVERED");
                        assertThat(d.lastStatusCode()).isEqualTo(204);
                    }));
            mvc.perform(get("/directory/webhooks").with(authentication(client)))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Delivered")))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString(webhook.secret()))));
        } finally {
            webhookSettings.allowPrivateTargets(false);
            server.stop(0);
        }
    }

    @Test
    void aFailedDeliveryIsRetriedLaterWithBackoff() throws IOException {
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/down", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        server.start();
        webhookSettings.allowPrivateTargets(true);
        try {
            var client = newClient(Language.EN);
            var company = fixtures.registerCompany("Retried Guarding " + UUID.randomUUID(), "TZ");
            fixtures.awaitListed(company);
            as(client, () -> {
                directory.follow(company);
                return directory.registerWebhook("http://127.0.0.1:" + server.getAddress().getPort() + "/down");
            });
            fixtures.changeStatus(company, null, MembershipStatus.APPLICANT, LocalDate.of(2025, 1, 1));
            fixtures.awaitStanding(company, Standing.APPLICANT);
            deliveries.deliverDue();
            // The scheduled run may have claimed it first: wait for the one attempt to be recorded.
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                    assertThat(as(client, directory::webhookDeliveries).getFirst().attempts()).isEqualTo(1));
            deliveries.deliverDue(); // not due again yet: still one attempt

            var delivery = as(client, directory::webhookDeliveries).getFirst();
            assertThat(delivery.status()).isEqualTo("PENDING");
            assertThat(delivery.attempts()).isEqualTo(1);
            assertThat(delivery.lastStatusCode()).isEqualTo(503);
            assertThat(delivery.nextAttemptAt()).isAfter(delivery.lastAttemptAt().plusSeconds(29));
        } finally {
            webhookSettings.allowPrivateTargets(false);
            server.stop(0);
        }
    }
}
