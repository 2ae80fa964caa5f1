package org.custodes.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HashMap;
import java.util.UUID;

import org.custodes.identity.IdentityService;
import org.custodes.membership.outcome.CertificationDeadlineJob;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.Language;
import org.custodes.shared.NotFound;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class MembershipApplicationIntegrationTests {

    /** A 1x1 PNG: real magic bytes, so the content check accepts it whatever its name. */
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    @Autowired MockMvc mvc;
    @Autowired MembershipService membership;
    @Autowired OrganisationService organisations;
    @Autowired IdentityService identity;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    @Test
    void anApprovedApplicationMakesTheCompanyAMemberWithItsDatedHistoryAndTellsItsUsers() {
        var organisation = MembershipFixtures.company(organisations);
        var email = MembershipFixtures.account(identity, organisation, Language.FR);
        var id = MembershipFixtures.submittedApplication(membership, organisation);
        var secretariat = MembershipActors.secretariat();
        var board = MembershipActors.board();
        var today = LocalDate.now(clock);

        secretariat.run(() -> {
            membership.requestInformation(id, "Please add your vetting policy.");
        });
        MembershipActors.applicant(organisation).run(() -> membership.answerInformationRequest(id, "Added to the plan."));
        secretariat.run(() -> {
            var items = new HashMap<String, Boolean>();
            membership.application(id).checklist().forEach(item -> items.put(item.key(), true));
            membership.checkItems(id, items);
            membership.recommend(id, true, "All verified");
        });
        var decided = board.call(() -> membership.decide(id, true, "Meets every requirement", today, "BD-2026-07"));

        assertThat(decided.status()).isEqualTo(MembershipApplicationStatus.APPROVED);
        assertThat(decided.exchanges()).extracting(e -> e.kind())
                .containsExactly(MembershipApplicationDetails.InformationExchange.Kind.REQUEST, MembershipApplicationDetails.InformationExchange.Kind.ANSWER);
        var details = secretariat.call(() -> membership.get(organisation));
        assertThat(details.status()).isEqualTo(MembershipStatus.MEMBER);
        assertThat(details.certificationDeadline()).isEqualTo(LocalDate.of(today.getYear() + 3, 12, 31));
        assertThat(details.history()).extracting(StatusChange::from, StatusChange::to).containsExactly(
                org.assertj.core.groups.Tuple.tuple(null, MembershipStatus.APPLICANT),
                org.assertj.core.groups.Tuple.tuple(MembershipStatus.APPLICANT, MembershipStatus.MEMBER));
        assertThat(details.history().getLast().decisionReference()).isEqualTo("BD-2026-07");
        assertThat(details.history().getLast().decidedBy()).isEqualTo(board.userId());
        assertThat(jdbc.sql("select template || ':' || language from notification.outbox_message where recipient = :email")
                .param("email", email).query(String.class).list())
                .contains("membership/information-requested:fr", "membership/decision:fr");
    }

    @Test
    void aRejectedApplicantIsRejectedAndMayApplyAgain() {
        var organisation = MembershipFixtures.company(organisations);
        var id = MembershipFixtures.submittedApplication(membership, organisation);
        MembershipActors.secretariat().run(() -> membership.recommend(id, false, "Not eligible"));
        MembershipActors.board().run(() -> membership.decide(id, false, "Not eligible", LocalDate.now(clock), "BD-R-1"));

        var applicant = MembershipActors.applicant(organisation);
        assertThat(applicant.call(() -> membership.get(organisation)).status()).isEqualTo(MembershipStatus.REJECTED);
        assertThat(applicant.call(() -> membership.startApplication()).status()).isEqualTo(MembershipApplicationStatus.DRAFT);
    }

    @Test
    void approvalCannotBeRecommendedBeforeTheChecklistIsComplete() {
        var organisation = MembershipFixtures.company(organisations);
        var id = MembershipFixtures.submittedApplication(membership, organisation);
        assertThatExceptionOfType(MembershipRuleViolation.class)
                .isThrownBy(() -> MembershipActors.secretariat().run(() -> membership.recommend(id, true, "")))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("membership.application.checklist-incomplete"));
    }

    @Test
    void anIncompleteSubmissionIsRefusedAndThePageListsWhatIsMissingInTheUsersLanguage() throws Exception {
        var organisation = MembershipFixtures.company(organisations);
        var applicant = MembershipActors.applicant(organisation);
        var id = applicant.call(() -> membership.startApplication().id());

        mvc.perform(post("/membership/applications/{id}/submission", id).with(csrf())
                        .with(authentication(applicant.authentication())).header("Accept-Language", "fr"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("la structure de propriété")))
                .andExpect(content().string(containsString("le plan écrit de mise en œuvre du Code")));
        mvc.perform(post("/api/v1/membership/applications/{id}/submission", id)
                        .with(authentication(applicant.authentication())).header("Accept-Language", "es"))
                .andExpect(status().is(422))
                .andExpect(jsonPath("$.missing[?(@.item == 'membership.missing.ownership')].message")
                        .value("la estructura de propiedad"));
        assertThat(applicant.call(() -> membership.application(id)).status()).isEqualTo(MembershipApplicationStatus.DRAFT);
    }

    @Test
    void aDraftIsSavedStepByStepThroughThePages() throws Exception {
        var organisation = MembershipFixtures.company(organisations);
        var applicant = MembershipActors.applicant(organisation);
        var id = applicant.call(() -> membership.startApplication().id());

        mvc.perform(post("/membership/applications/{id}/steps/legal", id).with(csrf())
                        .with(authentication(applicant.authentication()))
                        .param("registrationNumber", "C-77").param("registrationAuthority", "Registrar")
                        .param("ownership", "Two founders"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/membership/applications/" + id + "/steps/policies"));
        mvc.perform(post("/membership/applications/{id}/steps/operations", id).with(csrf())
                        .with(authentication(applicant.authentication())).param("countries", "KE, ZZ"))
                .andExpect(status().is(422));

        var form = applicant.call(() -> membership.application(id)).form();
        assertThat(form.registrationNumber()).isEqualTo("C-77");
        assertThat(form.countriesOfOperation()).containsExactly("KE");
    }

    @Test
    void documentsAreCheckedByContentAndOnlyTheApplicantAndTheSecretariatMayDownloadThem() throws Exception {
        var organisation = MembershipFixtures.company(organisations);
        var applicant = MembershipActors.applicant(organisation);
        var id = applicant.call(() -> membership.startApplication().id());

        mvc.perform(multipart("/membership/applications/{id}/documents", id)
                        .file(new MockMultipartFile("file", "policy.png", "image/png", PNG))
                        .with(csrf()).with(authentication(applicant.authentication())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/membership/applications/{id}/documents", id)
                        .file(new MockMultipartFile("file", "policy.pdf", "application/pdf",
                                "<html><script>alert(1)</script></html>".getBytes()))
                        .with(csrf()).with(authentication(applicant.authentication())))
                .andExpect(status().is(422));
        var documents = applicant.call(() -> membership.application(id)).documents();
        assertThat(documents).singleElement().satisfies(d -> assertThat(d.contentType()).isEqualTo("image/png"));
        var url = "/membership/applications/" + id + "/documents/" + documents.getFirst().id();

        mvc.perform(get(url).with(authentication(applicant.authentication())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(content().bytes(PNG));
        mvc.perform(get(url).with(authentication(MembershipActors.secretariat().authentication())))
                .andExpect(status().isOk());
        var otherCompany = MembershipActors.applicant(MembershipFixtures.company(organisations));
        mvc.perform(get(url).with(authentication(otherCompany.authentication())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/membership/applications/{id}", id).with(authentication(otherCompany.authentication())))
                .andExpect(status().isNotFound());
        assertThatExceptionOfType(NotFound.class).isThrownBy(() -> otherCompany.run(() -> membership.application(id)));
    }

    @Test
    void theSecretariatListsSubmittedApplicationsAndTheBoardSeesThePage() throws Exception {
        var organisation = MembershipFixtures.company(organisations);
        var id = MembershipFixtures.submittedApplication(membership, organisation);

        mvc.perform(get("/api/v1/membership/applications").param("status", "SUBMITTED").param("size", "100")
                        .with(authentication(MembershipActors.secretariat().authentication())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.totalItems").isNumber());
        assertThat(MembershipActors.secretariat().call(() -> membership.applications(MembershipApplicationStatus.SUBMITTED,
                new org.custodes.shared.PageQuery(0, 100))).items()).extracting(MembershipApplicationSummary::id).contains(id);
        mvc.perform(get("/membership/applications/{id}", id).with(authentication(MembershipActors.board().authentication())))
                .andExpect(status().isOk());
        mvc.perform(get("/membership/applications").with(authentication(MembershipActors.applicant(organisation).authentication())))
                .andExpect(status().isForbidden());
    }

    @Test
    void terminationWithoutARightOfReplyOnRecordIsRefused() throws Exception {
        var organisation = MembershipFixtures.admittedCompany(membership, organisations, clock);
        var today = LocalDate.now(clock);
        var board = MembershipActors.board();

        assertThatExceptionOfType(MembershipRuleViolation.class)
                .isThrownBy(() -> board.run(() -> membership.terminate(organisation,
                        new MembershipDecision(today, "No reply yet", "BD-T-1"))))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("membership.termination.reply-required"));
        MembershipActors.secretariat().run(() -> membership.proposeTermination(organisation, TerminationGround.NON_PAYMENT,
                today.plusDays(30)));
        mvc.perform(post("/membership/members/{id}/termination", organisation).with(csrf())
                        .with(authentication(board.authentication())).param("effectiveOn", today.toString())
                        .param("reason", "Dues unpaid").param("decisionReference", "BD-T-2"))
                .andExpect(status().is(422));
        assertThat(board.call(() -> membership.get(organisation)).status()).isEqualTo(MembershipStatus.MEMBER);

        MembershipActors.applicant(organisation).run(() -> membership.replyToTerminationProposal(organisation, "Paid today."));
        board.run(() -> membership.terminate(organisation, new MembershipDecision(today, "Dues unpaid", "BD-T-3")));
        var details = board.call(() -> membership.get(organisation));
        assertThat(details.status()).isEqualTo(MembershipStatus.TERMINATED);
        assertThat(details.history().getLast().terminationGround()).isEqualTo(TerminationGround.NON_PAYMENT);
    }

    @Test
    void theDailyJobRaisesMembersPastTheirDeadlineWithoutChangingTheirStatus(@Autowired Lifecycle lifecycle,
            @Autowired CertificationDeadlineJob job) {
        var organisation = MembershipFixtures.company(organisations);
        var joined = LocalDate.now(clock).minusYears(5);
        var membership = Membership.applyFor(organisation, MembershipPillar.COMPANY,
                new MembershipDecision(joined.minusMonths(1), "test", null), null);
        membership.admit(new MembershipDecision(joined, "test", "BD-OLD"), null, lifecycle.deadlines());
        lifecycle.save(membership);

        assertThat(job.raisePassedDeadlines()).isGreaterThanOrEqualTo(1);
        var raised = MembershipActors.secretariat().call(() -> this.membership.deadlinePassed());
        assertThat(raised).extracting(MembershipSummary::organisation).contains(organisation);
        assertThat(MembershipActors.secretariat().call(() -> this.membership.get(organisation)).status())
                .isEqualTo(MembershipStatus.MEMBER);
        assertThat(job.raisePassedDeadlines()).as("raised once").isZero();
    }

    @Test
    void aCompanyUserSeesItsOwnMembershipPageAndNotAnotherOne() throws Exception {
        var organisation = MembershipFixtures.admittedCompany(membership, organisations, clock);
        var applicant = MembershipActors.applicant(organisation);
        mvc.perform(get("/membership/mine").with(authentication(applicant.authentication())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("membership-status")));
        mvc.perform(get("/api/v1/membership/organisations/{id}", organisation)
                        .with(authentication(MembershipActors.applicant(new org.custodes.shared.OrganisationId(UUID.randomUUID()))
                                .authentication())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/membership/members/{id}", organisation).with(authentication(MembershipActors.board().authentication())))
                .andExpect(status().isOk());
    }
}
