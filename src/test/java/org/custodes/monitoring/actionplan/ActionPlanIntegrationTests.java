package org.custodes.monitoring.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.custodes.monitoring.ConcernCategory;
import org.custodes.monitoring.concern.ConcernOrigin;
import org.custodes.monitoring.FindingId;
import org.custodes.monitoring.finding.FindingSeverity;
import org.custodes.monitoring.MonitoringService;
import org.custodes.monitoring.concern.OpenConcern;
import org.custodes.monitoring.finding.RecordFinding;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.NotFound;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ActionPlanIntegrationTests {

    @Autowired ActionPlanService plans;
    @Autowired MonitoringService monitoring;
    @Autowired OrganisationService organisations;
    @Autowired UserDetailsService accounts;
    @Autowired OverdueActions overdue;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired MockMvc mvc;

    org.springframework.security.core.Authentication user(String email) {
        var details = accounts.loadUserByUsername(email);
        return UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities());
    }

    @Test
    void theDemoHasPlansInEveryStateAndAnOverdueActionFlagged() {
        var all = as("officer@custodes.example", plans::plans);
        assertThat(all).extracting(ActionPlanSummary::status).contains(PlanStatus.PROPOSED, PlanStatus.RETURNED,
                PlanStatus.IN_PROGRESS, PlanStatus.CLOSED);
        assertThat(as("company@custodes.example", plans::withOverdueActions)).isNotEmpty()
                .allSatisfy(plan -> assertThat(plan.status().running()).isTrue());
    }

    @Test
    void pagesAndTheApiAnswerTheOwnerAndNotFoundToAnotherCompanyAndNameTheFieldOfARefusedClosure() throws Exception {
        var finding = newFinding("Night shifts without a rest day");
        var today = LocalDate.now(clock);
        mvc.perform(post("/monitoring/findings/{f}/plan", finding.value()).with(authentication(user("company@custodes.example")))
                        .with(csrf()).header("Accept-Language", "fr").param("description1", "Payer les heures")
                        .param("owner1", "Paie").param("dueOn1", today.minusDays(1).toString())
                        .param("evidenceExpected1", "Bulletins").param("verification1", "DESK_REVIEW"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("id=\"dueOn1-error\"")))
                .andExpect(content().string(containsString("L’échéance ne peut pas être dans le passé.")));
        assertThat(as("company@custodes.example", () -> plans.planOf(finding))).as("nothing saved").isEmpty();
        mvc.perform(post("/monitoring/findings/{f}/plan", finding.value()).with(authentication(user("company@custodes.example")))
                        .with(csrf()).param("description1", "Give every guard a weekly rest day").param("owner1", "HR")
                        .param("dueOn1", today.plusDays(14).toString()).param("evidenceExpected1", "Rosters")
                        .param("verification1", "DESK_REVIEW"))
                .andExpect(status().is3xxRedirection());
        var plan = as("company@custodes.example", () -> plans.planOf(finding)).orElseThrow();
        assertThat(plan.actions()).singleElement().satisfies(a -> assertThat(a.owner()).isEqualTo("HR"));

        mvc.perform(get("/monitoring/plans/{id}", plan.id().value()).with(authentication(user("company2@custodes.example"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/monitoring/plans/{id}", plan.id().value()).with(authentication(user("company2@custodes.example"))))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        mvc.perform(get("/api/v1/monitoring/plans/{id}", plan.id().value()).with(authentication(user("company@custodes.example"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("PROPOSED"))
                .andExpect(jsonPath("$.actions[0].dueOn").value(today.plusDays(14).toString()));

        as("officer@custodes.example", () -> {
            plans.categorise(finding, FindingCategory.WORKING_HOURS);
            plans.accept(plan.id());
            return plans.verify(plan.id(), plan.actions().getFirst().id(), true, null);
        });
        mvc.perform(post("/monitoring/plans/{id}/closure", plan.id().value()).with(authentication(user("officer@custodes.example")))
                        .with(csrf()).header("Accept-Language", "es").param("method", "DESK_REVIEW"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("id=\"method-error\"")))
                .andExpect(content().string(containsString("solo puede cerrarse con una visita de seguimiento")));
        assertThat(as("officer@custodes.example", () -> plans.plan(plan.id())).status()).isEqualTo(PlanStatus.IN_PROGRESS);
    }

    <T> T as(String email, Supplier<T> work) {
        return org.custodes.monitoring.DemoAccount.as(accounts, email, work);
    }

    FindingId newFinding(String statement) {
        var aegis = organisations.findByLegalName("Aegis Shield Security Ltd").orElseThrow().id();
        return as("officer@custodes.example", () -> {
            var concern = monitoring.openConcern(new OpenConcern(aegis, ConcernCategory.PERSONNEL_MISCONDUCT,
                    ConcernOrigin.DIRECT, null, "Overtime unpaid at the port site", Set.of(49)), null);
            return monitoring.recordFinding(concern, new RecordFinding(49, FindingSeverity.MAJOR, statement,
                    "Payroll extracts"));
        });
    }

    List<ProposedAction> actions(LocalDate due) {
        return List.of(new ProposedAction("Pay the withheld overtime", "Payroll manager", due, "Signed payslips",
                VerificationMethod.DESK_REVIEW), new ProposedAction("Record hours at the gate", "Site manager",
                due.plusDays(10), "Gate logs", VerificationMethod.RETURN_VISIT));
    }

    @Test
    void anotherCompanyGetsNotFoundForTheFindingAndThePlan() {
        var finding = newFinding("Overtime unpaid for three months");
        var today = LocalDate.now(clock);
        assertThatThrownBy(() -> as("company2@custodes.example", () -> plans.propose(finding, actions(today))))
                .isInstanceOf(NotFound.class);
        var plan = as("company@custodes.example", () -> plans.propose(finding, actions(today)));
        assertThatThrownBy(() -> as("company2@custodes.example", () -> plans.plan(plan))).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> as("company2@custodes.example", () -> plans.planOf(finding)))
                .isInstanceOf(NotFound.class);
        assertThat(as("company2@custodes.example", plans::plans)).noneMatch(p -> p.id().equals(plan));
        assertThat(as("company@custodes.example", plans::plans)).anyMatch(p -> p.id().equals(plan));
        assertThat(as("board@custodes.example", () -> plans.plan(plan)).status()).isEqualTo(PlanStatus.PROPOSED);
        assertThat(jdbc.sql("select count(*) from audit.audit_event where subject = :subject")
                .param("subject", "action-plan:" + plan).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aReturnVisitCategoryIsNotClosedOnADeskReviewAndNothingIsSaved() {
        var finding = newFinding("Wages below the legal minimum");
        var today = LocalDate.now(clock);
        var plan = as("company@custodes.example", () -> plans.propose(finding, actions(today)));
        as("officer@custodes.example", () -> {
            plans.categorise(finding, FindingCategory.WAGES);
            plans.accept(plan);
            assertThatThrownBy(() -> plans.close(plan, VerificationMethod.RETURN_VISIT, "Ledger"))
                    .hasMessage("monitoring.plan.actions-open");
            for (var action : plans.plan(plan).actions()) {
                plans.verify(plan, action.id(), true, null);
            }
            assertThatThrownBy(() -> plans.close(plan, VerificationMethod.DESK_REVIEW, null))
                    .isInstanceOfSatisfying(BusinessRuleViolation.class,
                            refused -> assertThat(refused.field()).isEqualTo("method"));
            assertThat(plans.plan(plan).status()).isEqualTo(PlanStatus.IN_PROGRESS);
            var closed = plans.close(plan, VerificationMethod.RETURN_VISIT, "Payroll ledger, October to December");
            assertThat(closed.status()).isEqualTo(PlanStatus.CLOSED);
            assertThatThrownBy(() -> plans.categorise(finding, FindingCategory.OTHER))
                    .hasMessage("monitoring.plan.closed");
            return closed;
        });
        assertThat(jdbc.sql("select status, closed_by from monitoring.action_plan where id = :id")
                .param("id", plan.value()).query((row, n) -> row.getString(1) + "/" + row.getString(2)).single())
                .isEqualTo("CLOSED/RETURN_VISIT");
    }

    @Test
    void theOverdueJobRemindsTheCompanyAndRaisesAConcernOnce() {
        var finding = newFinding("Guards worked 16-hour shifts");
        var today = LocalDate.now(clock);
        var plan = as("company@custodes.example", () -> plans.propose(finding, actions(today)));
        as("officer@custodes.example", () -> plans.accept(plan));
        var reference = as("officer@custodes.example", () -> plans.plan(plan)).actions().getFirst().reference();
        var outbox = "select count(*) from notification.outbox_message where template = 'monitoring/action-overdue' "
                + "and parameters ->> 'action' = :action";

        overdue.run(at(today.plusDays(2)));
        assertThat(jdbc.sql(outbox).param("action", reference).query(Long.class).single()).isPositive();
        assertThat(concernsFrom(reference)).isZero();
        assertThat(as("company@custodes.example", () -> plans.plan(plan)).actions().getFirst().overdue())
                .as("flagged against the real clock only").isFalse();

        overdue.run(at(today.plusDays(31)));
        overdue.run(at(today.plusDays(32)));
        overdue.run(at(today.plusDays(45)));
        assertThat(concernsFrom(reference)).isEqualTo(1);
        assertThat(jdbc.sql("select company_id from monitoring.concern where origin_reference = :ref")
                .param("ref", reference).query(UUID.class).single())
                .isEqualTo(organisations.findByLegalName("Aegis Shield Security Ltd").orElseThrow().id().value());
    }

    @Test
    void evidenceIsCheckedByItsContentSealedAtRestAndServedOnlyToThoseWhoMayReadThePlan() throws Exception {
        var finding = newFinding("Guards without contracts");
        var plan = as("company@custodes.example", () -> plans.propose(finding, actions(LocalDate.now(clock))));
        as("officer@custodes.example", () -> plans.accept(plan));
        var action = as("company@custodes.example", () -> plans.plan(plan)).actions().getFirst().id();
        var company = user("company@custodes.example");
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/monitoring/plans/{id}/actions/{a}/evidence", plan.value(), action.value())
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "contracts.pdf",
                                "application/pdf", "#!/bin/sh\necho not a pdf\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(authentication(company)).with(csrf()).header("Accept-Language", "fr"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Seuls les fichiers PDF")));
        var pdf = "%PDF-1.4\nSigned contracts of Amina Otieno\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .multipart("/monitoring/plans/{id}/actions/{a}/evidence", plan.value(), action.value())
                        .file(new org.springframework.mock.web.MockMultipartFile("file", "contracts-amina.pdf",
                                "application/octet-stream", pdf))
                        .with(authentication(company)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var details = as("company@custodes.example", () -> plans.plan(plan));
        assertThat(details.status()).as("the first evidence puts the plan in progress").isEqualTo(PlanStatus.IN_PROGRESS);
        var file = details.evidenceOf(action);
        assertThat(file).singleElement().satisfies(f -> {
            assertThat(f.fileName()).isEqualTo("contracts-amina.pdf");
            assertThat(f.contentType()).isEqualTo("application/pdf");
        });
        var stored = jdbc.sql("select content, file_name from monitoring.action_evidence where id = :id")
                .param("id", file.getFirst().id()).query((row, n) -> new String(row.getBytes(1),
                        java.nio.charset.StandardCharsets.ISO_8859_1) + new String(row.getBytes(2),
                        java.nio.charset.StandardCharsets.ISO_8859_1)).single();
        assertThat(stored).doesNotContain("Amina").doesNotContain("%PDF").doesNotContain("contracts");

        mvc.perform(get("/monitoring/plans/{id}/evidence/{e}", plan.value(), file.getFirst().id()).with(authentication(company)))
                .andExpect(status().isOk()).andExpect(content().bytes(pdf));
        mvc.perform(get("/monitoring/plans/{id}/evidence/{e}", plan.value(), file.getFirst().id())
                        .with(authentication(user("company2@custodes.example"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/monitoring/plans/{id}/evidence/{e}", plan.value(), file.getFirst().id())
                        .with(authentication(user("officer@custodes.example"))))
                .andExpect(status().isOk());
    }

    long concernsFrom(String action) {
        return jdbc.sql("select count(*) from monitoring.concern where origin = 'CORRECTIVE_ACTION' "
                + "and origin_reference = :ref").param("ref", action).query(Long.class).single();
    }

    static Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(6, 40).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }
}
