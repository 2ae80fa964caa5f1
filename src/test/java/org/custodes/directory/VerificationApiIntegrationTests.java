package org.custodes.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;

import org.custodes.membership.MembershipStatus;
import org.custodes.organisation.OrganisationKind;
import org.custodes.organisation.OrganisationService;
import org.custodes.organisation.SecurityService;
import org.custodes.shared.OrganisationId;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class VerificationApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired OrganisationService organisations;
    @Autowired DirectoryService directory;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired RateLimiter rateLimiter;
    @Autowired JsonMapper json;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

    DirectoryFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new DirectoryFixtures(organisations, directory, events, transactions);
    }

    OrganisationId memberSince(String name, LocalDate admitted) {
        var company = fixtures.registerCompany(name, "CO,PE", SecurityService.CONVOY_AND_ESCORT);
        fixtures.changeStatus(company, null, MembershipStatus.APPLICANT, admitted.minusMonths(2));
        fixtures.changeStatus(company, MembershipStatus.APPLICANT, MembershipStatus.MEMBER, admitted);
        fixtures.awaitStanding(company, Standing.MEMBER);
        FixturesWait.untilEventsHandled(jdbc, company);
        return company;
    }

    @Test
    void theVerificationIsSignedAndChecksWithThePublishedKeyUsingTheJdkAlone() throws Exception {
        var admitted = LocalDate.of(2025, 7, 1);
        var company = memberSince("Signed Escort " + UUID.randomUUID(), admitted);

        var body = mvc.perform(get("/api/v1/verify/{id}", company.value()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("application/json")))
                .andExpect(jsonPath("$.verification.standing").value("MEMBER"))
                .andExpect(jsonPath("$.verification.standingSince").value("2025-07-01"))
                .andExpect(jsonPath("$.verification.asOf").value(directory.today().toString()))
                .andExpect(jsonPath("$.verification.certificates").isEmpty())
                .andExpect(jsonPath("$.signature.algorithm").value("Ed25519"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var response = json.readValue(body, Map.class);
        var signature = (Map<?, ?>) response.get("signature");
        var keys = json.readValue(mvc.perform(get("/api/v1/verify/keys")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), Map.class);
        var key = ((java.util.List<?>) keys.get("keys")).stream().map(Map.class::cast)
                .filter(k -> k.get("keyId").equals(signature.get("keyId"))).findFirst().orElseThrow();

        var publicKey = KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode((String) key.get("publicKey"))));
        var signed = body.substring("{\"verification\":".length(), body.indexOf(",\"signature\":"));
        // What a client without our code does: re-canonicalise the parsed object (RFC 8785) and check.
        assertThat(CanonicalJson.write(response.get("verification"))).isEqualTo(signed);
        assertThat(verifies(publicKey, signed.getBytes(StandardCharsets.UTF_8), (String) signature.get("value"))).isTrue();
        var tampered = signed.replace("\"MEMBER\"", "\"CERTIFIED_MEMBER\"");
        assertThat(verifies(publicKey, tampered.getBytes(StandardCharsets.UTF_8), (String) signature.get("value"))).isFalse();
    }

    @Test
    void askingAsOfABeforeTheChangeGivesTheOldStanding() throws Exception {
        var admitted = LocalDate.of(2025, 9, 15);
        var company = memberSince("AsOf Escort " + UUID.randomUUID(), admitted);

        mvc.perform(get("/api/v1/verify/{id}", company.value()).param("asOf", "2025-09-14"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verification.standing").value("APPLICANT"))
                .andExpect(jsonPath("$.verification.asOf").value("2025-09-14"));
        mvc.perform(get("/api/v1/verify/{id}", company.value()).param("asOf", "2020-01-01"))
                .andExpect(jsonPath("$.verification.standing").value("NOT_A_MEMBER"))
                .andExpect(jsonPath("$.verification.standingSince").isEmpty());
    }

    @Test
    void unknownNonCompanyAndMalformedRequestsAreProblems() throws Exception {
        var client = fixtures.register(OrganisationKind.CLIENT, "Verifying Client " + UUID.randomUUID(), "GB");
        mvc.perform(get("/api/v1/verify/{id}", UUID.randomUUID()))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
        mvc.perform(get("/api/v1/verify/{id}", client.value())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/directory/companies/{id}", client.value())).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/verify/{id}", UUID.randomUUID()).param("asOf", "2025-13-45"))
                .andExpect(status().isBadRequest())
                .andExpect(header().string("Content-Type", containsString("application/problem+json")));
        mvc.perform(get("/api/v1/directory/companies").param("country", "XX")).andExpect(status().isBadRequest());
    }

    @Test
    void theDirectoryApiPagesThroughFilteredCompanies() throws Exception {
        var marker = "Pagedapi " + UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 5; i++) {
            fixtures.registerCompany(marker + " Guards " + i, "SN", SecurityService.DOG_HANDLING);
        }
        FixturesWait.until(() -> directory.search(new DirectorySearch(marker, null, null, null),
                new org.custodes.shared.PageQuery(0, 10)).totalItems() == 5);

        mvc.perform(get("/api/v1/directory/companies").param("q", marker).param("country", "SN")
                        .param("service", "DOG_HANDLING").param("standing", "NOT_A_MEMBER").param("page", "1").param("size", "2"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").value(5))
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.items.length()").value(2))
                .andExpect(jsonPath("$.items[0].legalName").value(marker + " Guards 2"))
                .andExpect(jsonPath("$.items[0].countriesOfOperation[0]").value("SN"));
        mvc.perform(get("/api/v1/directory/companies").param("q", marker).param("page", "7").param("size", "2"))
                .andExpect(jsonPath("$.totalItems").value(5))
                .andExpect(jsonPath("$.items").isEmpty());
    }

    @Test
    void aClientOverTheLimitGets429WithRetryAfter() throws Exception {
        var company = memberSince("Limited Escort " + UUID.randomUUID(), LocalDate.of(2025, 1, 1));
        rateLimiter.limitPerMinute(3);
        try {
            for (int i = 0; i < 3; i++) {
                mvc.perform(get("/api/v1/verify/{id}", company.value()).with(r -> { r.setRemoteAddr("203.0.113.9"); return r; }))
                        .andExpect(status().isOk());
            }
            mvc.perform(get("/api/v1/verify/{id}", company.value()).with(r -> { r.setRemoteAddr("203.0.113.9"); return r; }))
                    .andExpect(status().isTooManyRequests())
                    .andExpect(header().exists("Retry-After"))
                    .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                    .andExpect(jsonPath("$.status").value(429));
            mvc.perform(get("/api/v1/verify/{id}", company.value()).with(r -> { r.setRemoteAddr("203.0.113.10"); return r; }))
                    .andExpect(status().isOk());
            mvc.perform(get("/api/v1/ping").with(r -> { r.setRemoteAddr("203.0.113.9"); return r; }))
                    .andExpect(status().isOk())
                    .andExpect(content().string("pong"));
        } finally {
            rateLimiter.reset();
        }
    }

    private static boolean verifies(java.security.PublicKey key, byte[] message, String signature) throws Exception {
        var verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update(message);
        return verifier.verify(Base64.getDecoder().decode(signature));
    }
}
