package org.custodes.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.custodes.identity.CreateApiToken;
import org.custodes.identity.IdentityService;
import org.custodes.membership.MembershipService;
import org.custodes.membership.compliance.ComplianceCaseDetails;
import org.custodes.monitoring.concern.ConcernMessage;
import org.custodes.monitoring.concern.ConcernOrigin;
import org.custodes.monitoring.concern.ConcernStage;
import org.custodes.monitoring.concern.ConcernSummary;
import org.custodes.monitoring.concern.MessageSide;
import org.custodes.monitoring.concern.OpenConcern;
import org.custodes.monitoring.finding.FindingResponse;
import org.custodes.monitoring.finding.FindingSeverity;
import org.custodes.monitoring.finding.RecordFinding;
import org.custodes.monitoring.observation.InformationCredibility;
import org.custodes.monitoring.observation.ObservationCategory;
import org.custodes.monitoring.observation.ObservationStatus;
import org.custodes.monitoring.observation.ObservationSummary;
import org.custodes.monitoring.observation.RecordObservation;
import org.custodes.monitoring.observation.SourceReliability;
import org.custodes.monitoring.observation.SourceType;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class MonitoringIntegrationTests {

    @Autowired MonitoringService monitoring;
    @Autowired MembershipService membership;
    @Autowired OrganisationService organisations;
    @Autowired IdentityService identity;
    @Autowired UserDetailsService accounts;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired org.springframework.transaction.support.TransactionTemplate transaction;
    @Autowired org.springframework.context.ApplicationEventPublisher events;

    Authentication user(String email) {
        var details = accounts.loadUserByUsername(email);
        return UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
    }

    <T> T as(String email, Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(user(email));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    OrganisationId org(String legalName) {
        return organisations.findByLegalName(legalName).orElseThrow().id();
    }

    UUID observationOf(String reporter, String status) {
        return jdbc.sql("select id from monitoring.observation where reporter_organisation = ? and status = ? "
                + "order by reference limit 1").param(org(reporter).value()).param(status).query(UUID.class).single();
    }

    UUID concernAt(String company, ConcernStage stage) {
        return jdbc.sql("select id from monitoring.concern where company_id = ? and stage = ? limit 1")
                .param(org(company).value()).param(stage.name()).query(UUID.class).single();
    }

    @Test
    void theDemoHasObservationsOfEveryOutcomeAndConcernsAtEveryStage() {
        var observations = as("officer@custodes.example", monitoring::observations);
        assertThat(observations).extracting(ObservationSummary::status).contains(ObservationStatus.values());
        assertThat(observations).extracting(ObservationSummary::sourceType).contains(SourceType.MEDIA);
        assertThat(observations.getFirst().status()).as("awaiting triage first").isEqualTo(ObservationStatus.NEW);
        var concerns = as("board@custodes.example", monitoring::concerns);
        assertThat(concerns).extracting(ConcernSummary::stage).contains(ConcernStage.values());
    }

    @Test
    void aCsoSeesWhatItFiledAndWhatBecameOfItButNeitherTheSourceNorTheInternalNotes() throws Exception {
        var filed = as("cso@custodes.example", monitoring::observations);
        var watchpost = org("Human Rights Watchpost Kenya");
        assertThat(filed).isNotEmpty().allSatisfy(summary -> assertThat(as("officer@custodes.example",
                () -> monitoring.observation(summary.id())).reporterName()).isEqualTo("Human Rights Watchpost Kenya"));
        var dropped = new ObservationId(observationOf("Human Rights Watchpost Kenya", "NO_ACTION"));
        var seen = as("cso@custodes.example", () -> monitoring.observation(dropped));
        assertThat(seen.status()).isEqualTo(ObservationStatus.NO_ACTION);
        assertThat(seen.noActionReason()).contains("police reserve");
        assertThat(seen.internalNote()).isNull();
        assertThat(as("officer@custodes.example", () -> monitoring.observation(dropped)).internalNote())
                .contains("county commissioner");

        var linked = observationOf("Human Rights Watchpost Kenya", "LINKED");
        mvc.perform(get("/monitoring/observations/{id}", linked).with(authentication(user("cso@custodes.example"))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Lokichar")))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("nurse"))));
        mvc.perform(get("/monitoring/observations/{id}", linked).with(authentication(user("officer@custodes.example"))))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("nurse")));
        mvc.perform(get("/api/v1/monitoring/observations/{id}", linked).with(authentication(user("cso@custodes.example"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.sourceIdentity").doesNotExist())
                .andExpect(jsonPath("$.status").value("LINKED"));

        var sahel = new ObservationId(observationOf("Observatoire des Droits au Sahel", "NEW"));
        assertThatThrownBy(() -> as("cso@custodes.example", () -> monitoring.observation(sahel)))
                .isInstanceOf(NotFound.class);
        mvc.perform(get("/monitoring/observations/{id}", sahel.value()).with(authentication(user("state@custodes.example"))))
                .andExpect(status().isNotFound());
        assertThat(filed).allSatisfy(summary -> assertThat(summary.id()).isNotEqualTo(sahel));
        assertThat(watchpost).isNotNull();
    }

    @Test
    void theTextAndTheSourceAreSealedAtRestAndAnAlteredCiphertextFailsClosed() {
        var recorded = as("cso@custodes.example", () -> monitoring.recordObservation(new RecordObservation(
                SourceType.CIVIL_SOCIETY_FIELD, null, "Unknown guards at the ferry", java.time.LocalDate.of(2026, 11, 2),
                new org.custodes.shared.CountryCode("KE"), "Mombasa", "Likoni ferry", "Guards beat a hawker at the ferry",
                ObservationCategory.USE_OF_FORCE, Set.of(31), 1, SourceReliability.B, InformationCredibility.TWO,
                "Fatuma, a hawker", false, null, null), null));
        var row = jdbc.sql("select sealed_text, sealed_source from monitoring.observation where id = ?")
                .param(recorded.id().value()).query((r, n) -> new byte[][] { r.getBytes(1), r.getBytes(2) }).single();
        assertThat(new String(row[0], StandardCharsets.ISO_8859_1)).doesNotContain("hawker");
        assertThat(new String(row[1], StandardCharsets.ISO_8859_1)).doesNotContain("Fatuma");
        assertThat(as("officer@custodes.example", () -> monitoring.observation(recorded.id())).sourceIdentity())
                .isEqualTo("Fatuma, a hawker");

        row[0][row[0].length - 1] ^= 1;
        jdbc.sql("update monitoring.observation set sealed_text = ? where id = ?").param(row[0])
                .param(recorded.id().value()).update();
        assertThatThrownBy(() -> as("officer@custodes.example", () -> monitoring.observation(recorded.id())))
                .isInstanceOf(IllegalStateException.class);
        jdbc.sql("delete from monitoring.observation where id = ?").param(recorded.id().value()).update();
    }

    @Test
    void anApiTokenPostsAnObservationOnceWhateverTheRetries() throws Exception {
        var token = as("cso@custodes.example", () -> identity.createApiToken(
                new CreateApiToken("field tool " + UUID.randomUUID(), null))).secret();
        var body = """
                {"sourceType": "CIVIL_SOCIETY_FIELD", "companyDescription": "Guards at the Kakuma depot",
                 "observedOn": "2026-11-20", "country": "KE", "region": "Turkana",
                 "whatHappened": "Guards stopped refugees from reaching the water point",
                 "category": "USE_OF_FORCE", "codeParagraphs": [31], "reliability": "B", "credibility": "THREE"}
                """;
        var key = UUID.randomUUID().toString();
        var first = mvc.perform(post("/api/v1/monitoring/observations").header("Authorization", "Bearer " + token)
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.replayed").value(false))
                .andReturn().getResponse().getContentAsString();
        var id = com.jayway.jsonpath.JsonPath.<String>read(first, "$.id.value");
        mvc.perform(post("/api/v1/monitoring/observations").header("Authorization", "Bearer " + token)
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andExpect(jsonPath("$.replayed").value(true))
                .andExpect(jsonPath("$.id.value").value(id));
        mvc.perform(post("/api/v1/monitoring/observations").header("Authorization", "Bearer " + token)
                        .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("water point", "clinic")))
                .andExpect(status().is(422)).andExpect(jsonPath("$.type").value("https://custodes.org/problems/business-rule"));
        assertThat(jdbc.sql("select count(*) from monitoring.observation where company_description = 'Guards at the Kakuma depot'")
                .query(Long.class).single()).isEqualTo(1);

        mvc.perform(post("/api/v1/monitoring/observations").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace("\"country\": \"KE\",", "")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("country"));
        mvc.perform(post("/api/v1/monitoring/observations").header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON).content(body.replace("CIVIL_SOCIETY_FIELD", "MEDIA")))
                .andExpect(status().is(422));
        mvc.perform(post("/api/v1/monitoring/observations").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aFormWithoutCompanyOrDateIsShownAgainWithTheFieldsNamedInTheUsersLanguageAndNothingIsSaved() throws Exception {
        var before = jdbc.sql("select count(*) from monitoring.observation").query(Long.class).single();
        mvc.perform(post("/monitoring/observations").with(authentication(user("cso@custodes.example"))).with(csrf())
                        .header("Accept-Language", "fr").param("sourceType", "CIVIL_SOCIETY_FIELD")
                        .param("country", "KE").param("whatHappened", "Des gardes ont frappé un passant")
                        .param("category", "USE_OF_FORCE").param("reliability", "B").param("credibility", "TWO")
                        .param("codeParagraphs", "31, 99"))
                .andExpect(status().is(422))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"companyDescription-error\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"observedOn-error\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Renseignez ce champ.")));
        mvc.perform(post("/monitoring/observations").with(authentication(user("cso@custodes.example"))).with(csrf())
                        .header("Accept-Language", "es").param("sourceType", "CIVIL_SOCIETY_FIELD")
                        .param("companyDescription", "Guardias").param("observedOn", "2026-11-01")
                        .param("country", "KE").param("whatHappened", "Texto").param("category", "OTHER")
                        .param("reliability", "B").param("credibility", "TWO").param("codeParagraphs", "31, 99"))
                .andExpect(status().is(422))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("El Código no tiene párrafo 99.")));
        assertThat(jdbc.sql("select count(*) from monitoring.observation").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void theWorkspaceListsWhatWaitsForEachRoleWithItsCountAndNothingOfAnotherCompany() throws Exception {
        var toTriage = jdbc.sql("select count(*) from monitoring.observation where status = 'NEW'").query(Long.class).single();
        var aegisAwaiting = jdbc.sql("select count(*) from monitoring.finding where company_id = ? and response = 'AWAITING'")
                .param(org("Aegis Shield Security Ltd").value()).query(Long.class).single();
        assertThat(toTriage).isPositive();
        assertThat(aegisAwaiting).isPositive();

        var officer = mvc.perform(get("/workspace").with(authentication(user("officer@custodes.example"))).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(officer).contains("Waiting for you").containsPattern(
                "href=\"/monitoring/observations\"><strong>" + toTriage + "</strong>\\s*<span>new observations to triage");

        var company = mvc.perform(get("/workspace").with(authentication(user("company@custodes.example"))).param("lang", "ar"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(company).contains("ما ينتظرك").containsPattern(
                "href=\"/monitoring/concerns\"><strong>" + aegisAwaiting + "</strong>\\s*<span>نتائج بانتظار ردّكم")
                .doesNotContain("/monitoring/observations\"><strong>");

        var others = jdbc.sql("select count(*) from monitoring.finding where company_id = ? and response = 'AWAITING'")
                .param(org("Al-Noor Security Services LLC").value()).query(Long.class).single();
        var otherCompany = mvc.perform(get("/workspace").with(authentication(user("company2@custodes.example"))).param("lang", "en"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        if (others == 0) {
            assertThat(otherCompany).doesNotContain("findings waiting for your answer");
        } else {
            assertThat(otherCompany).contains("<strong>" + others + "</strong>");
        }
    }

    @Test
    void aCompanySeesItsOwnConcernWithOnlyTheSharedMessagesAndAnotherCompanyGetsNotFound() throws Exception {
        var dialogue = concernAt("Aegis Shield Security Ltd", ConcernStage.DIALOGUE);
        var page = mvc.perform(get("/monitoring/concerns/{id}", dialogue).with(authentication(user("company@custodes.example"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("rules for the use of force").doesNotContain("nurse asked not to be named");
        mvc.perform(get("/monitoring/concerns/{id}", dialogue).with(authentication(user("company2@custodes.example"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/monitoring/concerns/{id}", dialogue).with(authentication(user("company2@custodes.example"))))
                .andExpect(status().isNotFound());
        assertThat(as("company2@custodes.example", monitoring::concerns))
                .allSatisfy(c -> assertThat(c.companyName()).isEqualTo("Al-Noor Security Services LLC"));

        mvc.perform(post("/monitoring/concerns/{id}/messages", dialogue).with(authentication(user("company@custodes.example")))
                        .with(csrf()).param("text", "The site manager's report is attached to our letter of today."))
                .andExpect(status().is3xxRedirection());
        var details = as("company@custodes.example", () -> monitoring.concern(new ConcernId(dialogue)));
        assertThat(details.messages()).allMatch(ConcernMessage::shared)
                .anyMatch(m -> m.side() == MessageSide.COMPANY && m.text().startsWith("The site manager's report"));
        assertThat(details.origin()).isNull();

        var identified = concernAt("Aegis Shield Security Ltd", ConcernStage.IDENTIFIED);
        mvc.perform(post("/monitoring/concerns/{id}/messages", identified).with(authentication(user("company@custodes.example")))
                        .with(csrf()).param("text", "Before the dialogue"))
                .andExpect(status().is(422));
    }

    @Test
    void theExecutiveDirectorsReferralOpensTheSanctionsLaddersComplianceCase() {
        var aegis = org("Aegis Shield Security Ltd");
        var id = as("officer@custodes.example", () -> monitoring.openConcern(new OpenConcern(aegis,
                ConcernCategory.PERSONNEL_MISCONDUCT, ConcernOrigin.DIRECT, null, "Guards carried unlicensed weapons",
                Set.of(56)), null));
        as("officer@custodes.example", () -> monitoring.startDialogue(id));
        as("officer@custodes.example", () -> monitoring.recommend(id, "Licence every weapon or withdraw it"));
        assertThatThrownBy(() -> as("officer@custodes.example", () -> monitoring.referToBoard(id, "No answer")))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        var referred = as("admin@custodes.example", () -> monitoring.referToBoard(id, "No answer after 60 days"));
        assertThat(referred.stage()).isEqualTo(ConcernStage.REFERRED_TO_BOARD);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(as("officer@custodes.example",
                () -> membership.complianceCasesOf(aegis))).extracting(ComplianceCaseDetails::summary)
                .anyMatch(summary -> summary.startsWith("Referred by monitoring concern " + referred.reference() + " ")));
        assertThat(jdbc.sql("select count(*) from audit.audit_event where subject = ?").param("concern:" + id)
                .query(Long.class).single()).isGreaterThanOrEqualTo(4);

        // Delivered again (as the registry does after a crash), the referral opens no second case.
        var again = new ConcernReferredToBoard(id, referred.reference(), aegis, ConcernCategory.PERSONNEL_MISCONDUCT,
                referred.closedOn(), java.util.List.of(56));
        transaction.executeWithoutResult(status -> events.publishEvent(again));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                select count(*) from event_publication where event_type like '%ConcernReferredToBoard'
                and completion_date is null""").query(Long.class).single() == 0);
        assertThat(as("officer@custodes.example", () -> membership.complianceCasesOf(aegis)))
                .extracting(ComplianceCaseDetails::summary)
                .filteredOn(summary -> summary.startsWith("Referred by monitoring concern " + referred.reference() + " "))
                .hasSize(1);
    }

    @Test
    void theCompanyAnswersItsFindingsWithReasonsWhenItDisputesAndAnotherCompanyGetsNotFound() throws Exception {
        var dialogue = concernAt("Aegis Shield Security Ltd", ConcernStage.DIALOGUE);
        mvc.perform(post("/monitoring/concerns/{id}/findings", dialogue).with(authentication(user("officer@custodes.example")))
                        .with(csrf()).header("Accept-Language", "fr").param("severity", "MINOR")
                        .param("statement", "Armes non enregistrées").param("evidence", "Registre"))
                .andExpect(status().is(422))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"codeParagraph-error\"")));
        var id = as("officer@custodes.example", () -> monitoring.recordFinding(new ConcernId(dialogue),
                new RecordFinding(57, FindingSeverity.MINOR, "Two rifles missing from the armoury register",
                        "The register and the site inventory")));

        mvc.perform(post("/api/v1/monitoring/concerns/{id}/findings/{finding}/response", dialogue, id.value())
                        .with(authentication(user("company2@custodes.example"))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"response\": \"ACKNOWLEDGED\"}"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/monitoring/concerns/{id}/findings/{finding}/response", dialogue, id.value())
                        .with(authentication(user("company@custodes.example"))).with(csrf())
                        .header("Accept-Language", "es").param("response", "DISPUTED"))
                .andExpect(status().is(422))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Indique los motivos de su impugnación.")));
        mvc.perform(post("/monitoring/concerns/{id}/findings/{finding}/response", dialogue, id.value())
                        .with(authentication(user("company@custodes.example"))).with(csrf())
                        .param("response", "DISPUTED").param("reasons", "The rifles were at the gunsmith; receipt attached"))
                .andExpect(status().is3xxRedirection());
        var finding = as("company@custodes.example", () -> monitoring.concern(new ConcernId(dialogue))).findings()
                .stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
        assertThat(finding.response()).isEqualTo(FindingResponse.DISPUTED);
        assertThat(finding.responseReasons()).startsWith("The rifles were at the gunsmith");
        mvc.perform(post("/api/v1/monitoring/concerns/{id}/findings/{finding}/response", dialogue, id.value())
                        .with(authentication(user("company@custodes.example"))).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"response\": \"ACKNOWLEDGED\"}"))
                .andExpect(status().is(422));
    }
}
