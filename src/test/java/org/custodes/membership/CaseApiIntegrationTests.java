package org.custodes.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.jayway.jsonpath.JsonPath;
import org.custodes.identity.IdentityService;
import org.custodes.membership.compliance.ComplianceCaseId;
import org.custodes.notification.NotificationService;
import org.custodes.notification.OutboxEntry;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.custodes.support.IntegrationTest;
import org.custodes.support.TestActors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@IntegrationTest
class CaseApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired MembershipService membership;
    @Autowired OrganisationService organisations;
    @Autowired IdentityService identity;
    @Autowired NotificationService notifications;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    final TestActors secretariat = MembershipActors.secretariat();
    final TestActors board = MembershipActors.board();

    @Test
    void theLadderRunsThroughTheApiFromConcernToResolution() throws Exception {
        var organisation = MembershipFixtures.admittedCompany(membership, organisations, clock);
        var company = MembershipActors.applicant(organisation).authentication();
        var today = LocalDate.now(clock);

        var id = caseId(send(post("/api/v1/membership/cases"), secretariat.authentication(),
                "{\"organisation\":\"%s\",\"summary\":\"Guards worked 80-hour weeks\"}".formatted(organisation))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.organisation.value").value(organisation.toString()))
                .andExpect(jsonPath("$.nextStep").value("SECRETARIAT_RECOMMENDATIONS")));

        var total = JsonPath.<Integer>read(mvc.perform(get("/api/v1/membership/cases").param("size", "1")
                        .with(authentication(board.authentication())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.size").value(1))
                .andReturn().getResponse().getContentAsString(), "$.totalItems");
        // Open cases come oldest first, so the one just opened is on the last page.
        mvc.perform(get("/api/v1/membership/cases").param("page", String.valueOf(total - 1)).param("size", "1")
                        .with(authentication(secretariat.authentication())))
                .andExpect(jsonPath("$.items[0].id.value").value(id));
        mvc.perform(get("/api/v1/membership/cases/{id}", id).with(authentication(company)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.summary").value("Guards worked 80-hour weeks"));
        mvc.perform(get("/api/v1/membership/organisations/{id}/cases", organisation).with(authentication(company)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id.value").value(hasItem(id)));

        requestAndReply(id, company, today.plusDays(14));
        send(post("/api/v1/membership/cases/{id}/steps", id), secretariat.authentication(),
                "{\"step\":\"SECRETARIAT_RECOMMENDATIONS\",\"summary\":\"Cap weekly hours at 60\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps[1].step").value("SECRETARIAT_RECOMMENDATIONS"))
                .andExpect(jsonPath("$.steps[1].reply.reply").value("Our answer"))
                .andExpect(jsonPath("$.pendingReply").value(nullValue()));

        requestAndReply(id, company, today.plusDays(14));
        send(post("/api/v1/membership/cases/{id}/steps", id), board.authentication(),
                "{\"step\":\"CORRECTIVE_ACTION\",\"dueOn\":\"%s\",\"summary\":\"Hire 20 guards\",\"decisionReference\":\"BD-API-1\"}"
                        .formatted(today.plusMonths(3)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.steps[2].dueOn").value(today.plusMonths(3).toString()));

        send(post("/api/v1/membership/cases/{id}/resolution", id), board.authentication(),
                "{\"text\":\"Guards hired, rosters checked\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.resolvedOn").value(today.toString()))
                .andExpect(jsonPath("$.nextStep").value(nullValue()));
        mvc.perform(get("/api/v1/membership/cases").param("size", "100").with(authentication(board.authentication())))
                .andExpect(jsonPath("$.items[*].id.value").value(not(hasItem(id))));
    }

    @Test
    void anotherCompanyGets404AndTheCompanyItselfCannotDecideOrListEveryCase() throws Exception {
        var organisation = MembershipFixtures.admittedCompany(membership, organisations, clock);
        var company = MembershipActors.applicant(organisation).authentication();
        var id = openCase(organisation);
        secretariat.run(() -> membership.requestReply(new ComplianceCaseId(UUID.fromString(id)),
                LocalDate.now(clock).plusDays(7)));
        var other = MembershipActors.applicant(MembershipFixtures.company(organisations)).authentication();

        mvc.perform(get("/api/v1/membership/cases/{id}", id).with(authentication(other)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        send(post("/api/v1/membership/cases/{id}/reply", id), other, "{\"text\":\"Not our case\"}")
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/membership/organisations/{id}/cases", organisation).with(authentication(other)))
                .andExpect(status().isNotFound());

        send(post("/api/v1/membership/cases/{id}/steps", id), company,
                "{\"step\":\"SECRETARIAT_RECOMMENDATIONS\",\"summary\":\"We decide for ourselves\"}")
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(403));
        mvc.perform(get("/api/v1/membership/cases").with(authentication(company)))
                .andExpect(status().isForbidden());
        // A secretariat officer may not take a Board step either: the facade checks the step, not only the route.
        reply(id, company);
        send(post("/api/v1/membership/cases/{id}/steps", id), secretariat.authentication(),
                "{\"step\":\"SECRETARIAT_RECOMMENDATIONS\",\"summary\":\"Recommendations\"}")
                .andExpect(status().isOk());
        requestAndReply(id, company, LocalDate.now(clock).plusDays(7));
        send(post("/api/v1/membership/cases/{id}/steps", id), secretariat.authentication(),
                "{\"step\":\"CORRECTIVE_ACTION\",\"dueOn\":\"%s\",\"summary\":\"Audit\"}".formatted(LocalDate.now(clock).plusDays(60)))
                .andExpect(status().isForbidden());
        assertThat(secretariat.call(() -> membership.complianceCase(new ComplianceCaseId(UUID.fromString(id))))
                .steps()).hasSize(2);
    }

    @Test
    void aStepWithoutARecordedReplyIsRefusedWith422InTheCallersLanguage() throws Exception {
        var organisation = MembershipFixtures.admittedCompany(membership, organisations, clock);
        var id = openCase(organisation);

        send(post("/api/v1/membership/cases/{id}/steps", id), secretariat.authentication(),
                "{\"step\":\"SECRETARIAT_RECOMMENDATIONS\",\"summary\":\"Too early\"}", "fr")
                .andExpect(status().is(422))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(
                        "L’entreprise doit d’abord exercer son droit de réponse : attendez sa réponse ou l’échéance du délai."));
        send(post("/api/v1/membership/cases/{id}/reply-request", id), secretariat.authentication(),
                "{\"deadline\":\"%s\"}".formatted(LocalDate.now(clock).minusDays(1)), "fr")
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.detail").value("Le délai de réponse ne peut pas précéder la date du jour."));
    }

    @Test
    void anInvalidRequestIsA400ProblemNamingTheFields() throws Exception {
        var organisation = MembershipFixtures.admittedCompany(membership, organisations, clock);
        send(post("/api/v1/membership/cases"), secretariat.authentication(),
                "{\"organisation\":\"%s\",\"summary\":\" \"}".formatted(organisation), "fr")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("summary"))
                .andExpect(jsonPath("$.errors[0].message").value("Ce champ est obligatoire."));
        var id = openCase(organisation);
        send(post("/api/v1/membership/cases/{id}/steps", id), board.authentication(), "{\"summary\":\"No step\"}", "en")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("step"));
    }

    @Test
    void theCompanysUsersAreToldOfTheReplyRequestAndTheStepInTheirOwnLanguage() throws Exception {
        var organisation = MembershipFixtures.admittedCompany(membership, organisations, clock);
        var french = MembershipFixtures.account(identity, organisation, Language.FR);
        var spanish = MembershipFixtures.account(identity, organisation, Language.ES);
        var company = MembershipActors.applicant(organisation).authentication();
        var deadline = LocalDate.now(clock).plusDays(21);
        var id = caseId(send(post("/api/v1/membership/cases"), secretariat.authentication(),
                "{\"organisation\":\"%s\",\"summary\":\"Confidential: informant says guards were beaten\"}"
                        .formatted(organisation)).andExpect(status().isCreated()));

        send(post("/api/v1/membership/cases/{id}/reply-request", id), secretariat.authentication(),
                "{\"deadline\":\"%s\"}".formatted(deadline)).andExpect(status().isOk());

        assertThat(queued(french)).containsExactly("membership/reply-requested:fr");
        assertThat(queued(spanish)).containsExactly("membership/reply-requested:es");
        var mail = rendered(french, "membership/reply-requested");
        assertThat(mail.subject()).isEqualTo("Votre droit de réponse dans un dossier de conformité");
        assertThat(mail.body()).contains("Recommandations du secrétariat", deadline.toString())
                .doesNotContain("informant", "beaten");
        assertThat(mail.links()).singleElement().satisfies(link -> assertThat(link).endsWith("/membership/cases/" + id));

        send(post("/api/v1/membership/cases/{id}/reply", id), company, "{\"text\":\"We suspended the supervisor\"}")
                .andExpect(status().isOk());
        send(post("/api/v1/membership/cases/{id}/steps", id), secretariat.authentication(),
                "{\"step\":\"SECRETARIAT_RECOMMENDATIONS\",\"summary\":\"Secret finding: retrain the night shift\"}")
                .andExpect(status().isOk());
        assertThat(queued(spanish)).containsExactlyInAnyOrder("membership/reply-requested:es", "membership/step-decided:es");
        var decided = rendered(spanish, "membership/step-decided");
        assertThat(decided.body()).contains("Recomendaciones de la secretaría").doesNotContain("night shift", "Secret finding");
        requestAndReply(id, company, deadline);
        var dueOn = LocalDate.now(clock).plusMonths(2);
        send(post("/api/v1/membership/cases/{id}/steps", id), board.authentication(),
                "{\"step\":\"CORRECTIVE_ACTION\",\"dueOn\":\"%s\",\"summary\":\"Retrain\"}".formatted(dueOn))
                .andExpect(status().isOk());
        assertThat(outbox(french, "membership/step-decided")).hasSize(2).anySatisfy(entry -> assertThat(entry.body())
                .contains("Mesure corrective du Conseil", "au plus tard le " + dueOn));
        assertThat(jdbc.sql("select count(*) from notification.outbox_message where recipient in (:a, :b) and cast(parameters as text) like '%beaten%'")
                .param("a", french).param("b", spanish).query(Long.class).single()).isZero();
    }

    @Test
    void theApiDescriptionListsTheLadderAndDuesRoutes() throws Exception {
        var description = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(JsonPath.<java.util.Map<String, Object>>read(description, "$.paths")).containsKeys(
                "/api/v1/membership/cases", "/api/v1/membership/cases/{id}/steps",
                "/api/v1/membership/organisations/{organisation}/invoices", "/api/v1/membership/invoices/{id}/pdf",
                "/api/v1/membership/invoices/non-payment-proposals");
    }

    private String openCase(OrganisationId organisation) throws Exception {
        return caseId(send(post("/api/v1/membership/cases"), secretariat.authentication(),
                "{\"organisation\":\"%s\",\"summary\":\"Late reports\"}".formatted(organisation))
                .andExpect(status().isCreated()));
    }

    private void requestAndReply(String id, Authentication company, LocalDate deadline) throws Exception {
        send(post("/api/v1/membership/cases/{id}/reply-request", id), secretariat.authentication(),
                "{\"deadline\":\"%s\"}".formatted(deadline))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pendingReply.deadline").value(deadline.toString()));
        send(post("/api/v1/membership/cases/{id}/reply", id), company, "{\"text\":\"Our answer\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.pendingReply.reply").value("Our answer"));
    }

    private void reply(String id, Authentication company) throws Exception {
        send(post("/api/v1/membership/cases/{id}/reply", id), company, "{\"text\":\"Our answer\"}")
                .andExpect(status().isOk());
    }

    private ResultActions send(MockHttpServletRequestBuilder request,
            Authentication caller, String body) throws Exception {
        return send(request, caller, body, "en");
    }

    private ResultActions send(MockHttpServletRequestBuilder request,
            Authentication caller, String body, String language) throws Exception {
        return mvc.perform(request.with(authentication(caller)).contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", language).content(body));
    }

    private static String caseId(ResultActions result) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), "$.id.value");
    }

    private List<String> queued(String email) {
        return jdbc.sql("select template || ':' || language from notification.outbox_message where recipient = :email")
                .param("email", email).query(String.class).list();
    }

    private OutboxEntry rendered(String email, String template) {
        return outbox(email, template).getFirst();
    }

    private List<OutboxEntry> outbox(String email, String template) {
        return MembershipActors.system("notification:outbox-read").call(() -> notifications.outbox(new PageQuery(0, 100)))
                .items().stream().filter(entry -> entry.recipient().equals(email) && entry.template().equals(template))
                .toList();
    }
}
