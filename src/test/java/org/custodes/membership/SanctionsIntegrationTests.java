package org.custodes.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;

import org.custodes.membership.sanction.SanctionStepRecord;
import org.custodes.organisation.OrganisationService;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SanctionsIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired MembershipService membership;
    @Autowired OrganisationService organisations;
    @Autowired Clock clock;

    @Test
    void aSuspendedCompanyReturnsToItsStatusWhenItsCorrectiveActionIsAccepted() throws Exception {
        var organisation = MembershipFixtures.admittedCompany(membership, organisations, clock);
        var company = MembershipActors.applicant(organisation);
        var secretariat = MembershipActors.secretariat();
        var board = MembershipActors.board();
        var today = LocalDate.now(clock);

        var id = secretariat.call(() -> membership.openComplianceCase(organisation, "Unpaid salaries")).id();
        assertThatExceptionOfType(MembershipRuleViolation.class)
                .isThrownBy(() -> secretariat.run(() -> membership.decideStep(id, SanctionStep.SECRETARIAT_RECOMMENDATIONS,
                        null, "Pay them", null, null)))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo("membership.case.reply-required"));

        for (var step : new SanctionStep[] { SanctionStep.SECRETARIAT_RECOMMENDATIONS, SanctionStep.CORRECTIVE_ACTION,
                SanctionStep.SUSPENSION }) {
            secretariat.run(() -> membership.requestReply(id, today.plusDays(21)));
            company.run(() -> membership.replyToCase(id, "Our answer before " + step));
            var decider = step == SanctionStep.SECRETARIAT_RECOMMENDATIONS ? secretariat : board;
            decider.run(() -> membership.decideStep(id, step,
                    step == SanctionStep.CORRECTIVE_ACTION ? today.plusMonths(3) : null, "Decided " + step, null, "BD-S"));
        }
        assertThat(board.call(() -> membership.get(organisation)).status()).isEqualTo(MembershipStatus.SUSPENDED);

        var resolved = board.call(() -> membership.resolveCase(id, "Corrective action accepted"));
        assertThat(resolved.resolved()).isTrue();
        assertThat(resolved.steps()).extracting(SanctionStepRecord::step).containsExactly(SanctionStep.COMPLIANCE_CONCERN,
                SanctionStep.SECRETARIAT_RECOMMENDATIONS, SanctionStep.CORRECTIVE_ACTION, SanctionStep.SUSPENSION);
        assertThat(resolved.steps().get(2).reply().reply()).isEqualTo("Our answer before CORRECTIVE_ACTION");
        var history = board.call(() -> membership.get(organisation)).history();
        assertThat(history).extracting(StatusChange::to).endsWith(MembershipStatus.SUSPENDED, MembershipStatus.MEMBER);
    }

    @Test
    void onlyTheBoardDecidesSuspension() {
        var organisation = MembershipFixtures.admittedCompany(membership, organisations, clock);
        var secretariat = MembershipActors.secretariat();
        var today = LocalDate.now(clock);
        var id = secretariat.call(() -> membership.openComplianceCase(organisation, "Bad faith")).id();
        secretariat.run(() -> membership.requestReply(id, today));
        MembershipActors.applicant(organisation).run(() -> membership.replyToCase(id, "We cooperate"));
        secretariat.run(() -> membership.decideStep(id, SanctionStep.SECRETARIAT_RECOMMENDATIONS, null, "Do better", null, null));
        secretariat.run(() -> membership.requestReply(id, today));
        MembershipActors.applicant(organisation).run(() -> membership.replyToCase(id, "We do"));

        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> secretariat.run(() ->
                membership.decideStep(id, SanctionStep.CORRECTIVE_ACTION, today.plusDays(60), "Audit", null, null)));
    }

    @Test
    void theCompanySeesAndAnswersItsOwnCaseAndAnotherCompanyGets404() throws Exception {
        var organisation = MembershipFixtures.admittedCompany(membership, organisations, clock);
        var secretariat = MembershipActors.secretariat();
        var id = secretariat.call(() -> membership.openComplianceCase(organisation, "Incident in the field")).id();
        secretariat.run(() -> membership.requestReply(id, LocalDate.now(clock).plusDays(10)));
        var company = MembershipActors.applicant(organisation);

        mvc.perform(get("/membership/cases/{id}", id).with(authentication(company.authentication())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Incident in the field")));
        mvc.perform(post("/membership/cases/{id}/reply", id).with(csrf()).with(authentication(company.authentication()))
                        .param("text", "We investigated and disciplined the guard."))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/membership/cases/{id}", id).with(authentication(MembershipActors.board().authentication())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("We investigated and disciplined the guard.")));
        mvc.perform(get("/membership/members/{id}", organisation).with(authentication(secretariat.authentication())))
                .andExpect(status().isOk());
        var other = MembershipActors.applicant(MembershipFixtures.company(organisations));
        mvc.perform(get("/membership/cases/{id}", id).with(authentication(other.authentication())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/membership/cases/{id}/reply", id).with(csrf()).with(authentication(other.authentication()))
                        .param("text", "Not ours"))
                .andExpect(status().isNotFound());
        assertThat(secretariat.call(() -> membership.complianceCase(id)).pendingReply().reply())
                .isEqualTo("We investigated and disciplined the guard.");
    }
}
