package org.custodes.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.custodes.complaint.casefile.Retention;
import org.custodes.complaint.workflow.ComplaintEvent;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.CountryCode;
import org.custodes.shared.Language;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.custodes.support.IntegrationTest;
import org.custodes.support.TestActors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A case through the facade as handlers, custodian and companies use it: field exposure (case 4), cross-tenant
 * 404 (case 1), identity escrow, the Board referral event, retention with a moved clock (case 35) and statistics.
 */
@IntegrationTest
@RecordApplicationEvents
class ComplaintWorkflowIntegrationTests {

    @Autowired ComplaintService complaints;
    @Autowired OrganisationService organisations;
    @Autowired Retention retention;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired Clock clock;

    OrganisationId aegis() {
        return organisations.findByLegalName("Aegis Shield Security Ltd").orElseThrow().id();
    }

    ComplaintId file(String text, ContactPreference contact) {
        var receipt = complaints.submit(new SubmitComplaint(Channel.ONLINE, ComplainantRole.AFFECTED_PERSON, contact,
                new ComplainantIdentity("Identity " + text, "person@example.org", null, null), aegis(),
                ComplaintCategory.USE_OF_FORCE, new CountryCode("KE"),
                new ComplaintNarrative(null, "Narrative " + text, "May", "Nairobi", "Harm", GrievanceRaised.YES,
                        "Nothing", "Apology"), Language.EN, List.of()), null).receipt();
        return new ComplaintId(jdbc.sql("select id from complaint.complaint_case where reference = :r")
                .param("r", receipt.reference().value()).query(UUID.class).single());
    }

    @Test
    void theCompanySeesOnlyTheSharedExcerptAndAnotherCompanySeesNothing(ApplicationEvents events) throws Exception {
        var text = ComplaintFixtures.marker("WF");
        var id = file(text, ContactPreference.CONFIDENTIAL);
        var handler = ComplaintFixtures.handler();
        ComplaintFixtures.run(handler, () -> {
            complaints.classify(id, true, Set.of(30, 31));
            complaints.acknowledge(id);
            complaints.assessAdmissibility(id, true, true, ComplaintType.HARM, null);
            complaints.choosePath(id, ResolutionPath.COMPANY_MECHANISM, "Excerpt " + text);
        });

        var company = ComplaintFixtures.actor(aegis(), "complaint:company-response");
        var view = ComplaintFixtures.as(company, () -> complaints.companyCase(id));
        assertThat(view.excerpt()).isEqualTo("Excerpt " + text);
        assertThat(view.toString()).doesNotContain("Narrative " + text, "Identity " + text, "person@example.org");
        var page = mvc.perform(get("/complaints/company-cases/{id}", id.value()).with(authentication(company)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Excerpt " + text).doesNotContain("Narrative " + text, "Identity " + text);

        var otherCompany = ComplaintFixtures.actor(organisations.findByLegalName("Kilimanjaro Guarding Company Ltd")
                .orElseThrow().id(), "complaint:company-response");
        assertThatExceptionOfType(NotFound.class).isThrownBy(() -> ComplaintFixtures.as(otherCompany, () -> complaints.companyCase(id)));
        mvc.perform(get("/complaints/company-cases/{id}", id.value()).with(authentication(otherCompany)))
                .andExpect(status().isNotFound());
        assertThat(ComplaintFixtures.as(otherCompany, complaints::casesOfMyCompany)).extracting(CompanyCaseView::id)
                .doesNotContain(id);

        ComplaintFixtures.run(company, () -> complaints.respondAsCompany(id, "We will investigate"));
        ComplaintFixtures.run(handler, () -> complaints.recordOutcome(id, Outcome.REFERRED_TO_BOARD));
        assertThat(events.stream(ComplaintReferredToBoard.class))
                .anySatisfy(e -> {
                    assertThat(e.company()).isEqualTo(aegis());
                    assertThat(e.codeParagraphs()).containsExactly(30, 31);
                });
        assertThat(events.stream(ComplaintEvent.class).map(Object::toString)).noneMatch(s -> s.contains(text));
    }

    @Test
    void theIdentityIsRevealedOnlyToTheHandlerACustodianApprovedAndEveryStepIsAudited(ApplicationEvents events) {
        var text = ComplaintFixtures.marker("ID");
        var id = file(text, ContactPreference.CONFIDENTIAL);
        Authentication handler = ComplaintFixtures.handler();
        Authentication colleague = ComplaintFixtures.handler();
        assertThat(ComplaintFixtures.as(handler, () -> complaints.details(id)).identity()).isNull();

        ComplaintFixtures.run(handler, () -> complaints.requestIdentity(id));
        var custodian = ComplaintFixtures.actor(new OrganisationId(UUID.randomUUID()), "complaint:custodian");
        var request = ComplaintFixtures.as(custodian, complaints::pendingIdentityRequests).stream()
                .filter(r -> r.requestedBy().equals(((TestActors) handler.getPrincipal()).userId().value()))
                .findFirst().orElseThrow();
        ComplaintFixtures.run(custodian, () -> complaints.decideIdentityRequest(request.id(), true));

        assertThat(ComplaintFixtures.as(handler, () -> complaints.details(id)).identity().name()).isEqualTo("Identity " + text);
        assertThat(ComplaintFixtures.as(colleague, () -> complaints.details(id)).identity()).isNull();
        assertThat(events.stream(ComplaintEvent.class).map(ComplaintEvent::step))
                .contains(ComplaintEvent.Step.IDENTITY_REQUESTED, ComplaintEvent.Step.IDENTITY_REVEAL_APPROVED);
    }

    @Test
    void aHandlerWithAConflictOfInterestNoLongerSeesTheCase() {
        var id = file(ComplaintFixtures.marker("COI"), ContactPreference.ANONYMOUS);
        var handler = ComplaintFixtures.handler();
        ComplaintFixtures.run(handler, () -> complaints.declareConflict(id));
        assertThatExceptionOfType(NotFound.class).isThrownBy(() -> ComplaintFixtures.as(handler, () -> complaints.details(id)));
        assertThat(ComplaintFixtures.as(ComplaintFixtures.handler(), () -> complaints.details(id))).isNotNull();
    }

    @Test
    void retentionDeletesContentFilesAndKeysButKeepsTheStatistics() {
        var text = ComplaintFixtures.marker("RET");
        var id = file(text, ContactPreference.CONFIDENTIAL);
        var handler = ComplaintFixtures.handler();
        ComplaintFixtures.run(handler, () -> {
            complaints.reply(id, "Reply " + text, List.of(new IncomingFile("a.png", TestFiles.png())));
            complaints.addNote(id, "Note " + text);
            complaints.acknowledge(id);
            complaints.assessAdmissibility(id, false, true, ComplaintType.HARM, "Not a member");
            complaints.close(id);
        });
        var yearBefore = complaints.statistics().byYear();

        assertThat(retention.purgeExpired(Clock.offset(clock, Duration.ofDays(365 * 4)))).as("within retention").isZero();
        assertThat(retention.purgeExpired(Clock.offset(clock, Duration.ofDays(365 * 5 + 3)))).isPositive();

        var row = jdbc.sql("select * from complaint.complaint_case where id = :id").param("id", id.value()).query().singleRow();
        assertThat(row.get("wrapped_key")).isNull();
        assertThat(row.get("narrative")).isNull();
        assertThat(row.get("identity")).isNull();
        assertThat(row.get("receipt_hash")).isNull();
        assertThat(row.get("category")).isEqualTo("USE_OF_FORCE");
        assertThat(row.get("purged_on")).isNotNull();
        for (var table : new String[] { "case_message", "attachment", "case_note", "identity_request" }) {
            assertThat(jdbc.sql("select count(*) from complaint." + table + " where case_id = :id").param("id", id.value())
                    .query(Long.class).single()).as(table).isZero();
        }
        assertThatExceptionOfType(NotFound.class).isThrownBy(() -> ComplaintFixtures.as(handler, () -> complaints.details(id)));
        assertThat(complaints.statistics().byYear()).isEqualTo(yearBefore);
    }

    @Test
    void statisticsWithholdEveryCountUnderFive() {
        var category = ComplaintCategory.WEAPONS;
        for (var i = 0; i < 5; i++) {
            complaints.submit(new SubmitComplaint(Channel.ONLINE, ComplainantRole.WITNESS, ContactPreference.ANONYMOUS, null,
                    null, category, new CountryCode("TV"), new ComplaintNarrative("Unknown", "Guns", null, null, null, null,
                            null, null), Language.EN, List.of()), null);
        }
        var statistics = complaints.statistics();
        assertThat(statistics.byCategory()).filteredOn(r -> r.label().equals("WEAPONS"))
                .singleElement().satisfies(r -> assertThat(r.count()).isGreaterThanOrEqualTo(5));
        assertThat(statistics.byCategory()).allSatisfy(r -> assertThat(r.count() == null || r.count() >= 5).isTrue());
        assertThat(statistics.byCountry()).allSatisfy(r -> assertThat(r.count() == null || r.count() >= 5).isTrue());
        complaints.submit(new SubmitComplaint(Channel.ONLINE, ComplainantRole.WITNESS, ContactPreference.ANONYMOUS, null,
                null, category, new CountryCode("NR"), new ComplaintNarrative("Unknown", "Guns", null, null, null, null,
                        null, null), Language.EN, List.of()), null);
        assertThat(complaints.statistics().byCountry()).filteredOn(r -> r.label().equals("NR"))
                .singleElement().satisfies(r -> assertThat(r.suppressed()).isTrue());
    }
}
