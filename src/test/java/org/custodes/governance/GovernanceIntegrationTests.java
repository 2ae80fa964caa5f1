package org.custodes.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.custodes.governance.assembly.AgendaItem;
import org.custodes.governance.assembly.AssemblyKind;
import org.custodes.governance.assembly.ConveneAssembly;
import org.custodes.governance.assembly.ConveningNotices;
import org.custodes.governance.resolution.DraftResolution;
import org.custodes.governance.resolution.ResolutionMatter;
import org.custodes.governance.resolution.ResolutionStatus;
import org.custodes.governance.resolution.ResolutionWindows;
import org.custodes.governance.resolution.VoteChoice;
import org.custodes.governance.seat.SeatSummary;
import org.custodes.membership.MembershipFixtures;
import org.custodes.membership.MembershipService;
import org.custodes.membership.MembershipStatus;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class GovernanceIntegrationTests {

    @Autowired
    GovernanceService governance;
    @Autowired
    MembershipService membership;
    @Autowired
    OrganisationService organisations;
    @Autowired
    ResolutionWindows windows;
    @Autowired
    Clock clock;
    @Autowired
    MockMvc mvc;
    @Autowired
    ConveningNotices notices;
    @Autowired
    org.custodes.notification.NotificationService notifications;

    @Test
    void theDemoBoardHasTwelveSeatsFourPerPillarWithStaggeredTermsAndOneVacancy() throws Exception {
        var board = governance.board();
        assertThat(board).hasSize(12);
        assertThat(board).filteredOn(SeatSummary::vacant).hasSize(1);
        assertThat(board).filteredOn(SeatSummary::chair).hasSize(1);
        assertThat(board.stream().filter(seat -> !seat.vacant()).map(seat -> seat.termEnd().getYear()).distinct())
                .hasSize(3);
        mvc.perform(get("/api/v1/governance/board")).andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(12));
        mvc.perform(get("/governance/board")).andExpect(status().isOk());
    }

    @Test
    void aCarriedResolutionIsTheBoardsDecisionOnTheApplicationDatedTheDayItWasCarried() {
        var application = MembershipFixtures.recommendedApplication(membership, organisations);
        var id = draft(ResolutionMatter.ADMIT_APPLICANT, application.value());
        var directors = seated();
        for (int i = 0; i < directors.size(); i++) {
            var choice = i < 8 ? VoteChoice.FOR : i == 8 ? VoteChoice.AGAINST : VoteChoice.ABSTAIN;
            GovernanceActors.director(directors.get(i)).call(() -> governance.vote(id, choice));
        }
        var resolution = GovernanceActors.secretariat().call(() -> governance.resolution(id));
        assertThat(resolution.status()).isEqualTo(ResolutionStatus.CARRIED);
        assertThat(resolution.tally().votesFor()).isEqualTo(8);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            var decided = GovernanceActors.secretariat().call(() -> membership.application(application));
            assertThat(decided.decision()).isNotNull();
            assertThat(decided.decision().approve()).isTrue();
            assertThat(decided.decision().decidedOn()).isEqualTo(resolution.decidedOn());
            assertThat(decided.decision().decisionReference()).isEqualTo(resolution.reference());
            assertThat(membership.statusOf(decided.organisation())).contains(MembershipStatus.MEMBER);
        });
    }

    @Test
    void aResolutionWithoutQuorumFailsWhenItsWindowClosesAndMembershipIsNotTouched() {
        var application = MembershipFixtures.recommendedApplication(membership, organisations);
        var id = draft(ResolutionMatter.ADMIT_APPLICANT, application.value());
        var directors = seated();
        for (int i = 0; i < 3; i++) {
            GovernanceActors.director(directors.get(i)).call(() -> governance.vote(id, VoteChoice.FOR));
        }
        windows.run(Clock.offset(clock, Duration.ofDays(20)));
        var resolution = GovernanceActors.secretariat().call(() -> governance.resolution(id));
        assertThat(resolution.status()).isEqualTo(ResolutionStatus.FAILED);
        assertThat(resolution.tally().quorumMet()).isFalse();
        var still = GovernanceActors.secretariat().call(() -> membership.application(application));
        assertThat(still.decision()).isNull();
    }

    @Test
    void aVoteTwiceOrFromSomeoneWhoIsNotADirectorOfTheResolutionIsRefused() {
        var id = draft(ResolutionMatter.OTHER, null);
        var director = GovernanceActors.director(seated().get(0));
        director.call(() -> governance.vote(id, VoteChoice.FOR));
        assertThatThrownBy(() -> director.call(() -> governance.vote(id, VoteChoice.AGAINST)))
                .isInstanceOf(GovernanceRuleViolation.class).hasMessage("governance.resolution.already-voted");
        var outsider = new GovernanceActors(new org.custodes.shared.UserId(UUID.randomUUID()),
                director.organisationId(), director.permissions());
        assertThatThrownBy(() -> outsider.call(() -> governance.vote(id, VoteChoice.FOR)))
                .hasMessage("governance.resolution.not-a-director");
    }

    @Test
    void aResolutionNeedsAnApplicationTheSecretariatRecommendedAndOnlyOneOpenAtATime() {
        var application = MembershipFixtures.recommendedApplication(membership, organisations);
        assertThatThrownBy(() -> draft(ResolutionMatter.ADMIT_APPLICANT, UUID.randomUUID()))
                .hasMessage("governance.resolution.application-not-pending");
        draft(ResolutionMatter.ADMIT_APPLICANT, application.value());
        assertThatThrownBy(() -> draft(ResolutionMatter.REJECT_APPLICANT, application.value()))
                .hasMessage("governance.resolution.matter-already-open");
    }

    @Test
    void aBoardDecisionDatedInTheFutureIsRefused() {
        var application = MembershipFixtures.recommendedApplication(membership, organisations);
        var director = GovernanceActors.director(seated().get(0));
        assertThatThrownBy(() -> director.call(() -> membership.decide(application, true, "Meets the requirements",
                LocalDate.now(clock).plusMonths(6), "BD-FUTURE"))).isInstanceOf(BusinessRuleViolation.class)
                .hasMessage("membership.decision.in-future");
        assertThat(GovernanceActors.secretariat().call(() -> membership.application(application)).decision()).isNull();
    }

    @Test
    void theElectorateCountsMembersAsVotersAndAffiliatesAndObserversAsAttending() {
        var electorate = GovernanceActors.secretariat().call(() -> governance.electorate());
        assertThat(electorate).filteredOn(member -> member.status() == MembershipStatus.AFFILIATE)
                .allMatch(member -> member.right() == VotingRight.ATTENDS).isNotEmpty();
        assertThat(electorate).filteredOn(member -> member.status() == MembershipStatus.OBSERVER)
                .allMatch(member -> member.right() == VotingRight.ATTENDS).isNotEmpty();
        assertThat(electorate).filteredOn(member -> member.status() == MembershipStatus.CERTIFIED_MEMBER)
                .allMatch(member -> member.right() == VotingRight.VOTES).isNotEmpty();
    }

    @Test
    void theConveningNoticeGoesToEveryMembersUsersInTheirLanguageAheadOfTheAssembly() {
        var secretariat = GovernanceActors.secretariat();
        var pillars = clock.instant().plus(Duration.ofDays(200));
        var id = secretariat.call(() -> governance.conveneAssembly(new ConveneAssembly(AssemblyKind.EXTRAORDINARY,
                "Extraordinary General Assembly " + UUID.randomUUID(), pillars, pillars.plus(Duration.ofHours(3)),
                null, "https://meet.example/ega", List.of(new AgendaItem(0, "Budget", null, null, null, null)))));
        notices.run(clock);
        assertThat(secretariat.call(() -> governance.assembly(id)).noticeSentAt()).isNull();

        notices.run(Clock.offset(clock, Duration.ofDays(175)));
        var assembly = secretariat.call(() -> governance.assembly(id));
        assertThat(assembly.noticeSentAt()).isNotNull();
        var reader = new GovernanceActors(secretariat.userId(), secretariat.organisationId(),
                java.util.Set.of("notification:outbox-read"));
        var sent = reader.call(() -> notifications.outbox(new org.custodes.shared.PageQuery(0, 100))).items().stream()
                .filter(entry -> entry.template().equals("governance/convening")
                        && entry.body() != null && entry.body().contains(assembly.title())).toList();
        assertThat(sent).extracting(entry -> entry.language().name()).contains("EN", "FR", "ES");
        assertThat(sent).filteredOn(entry -> entry.language().name().equals("FR")).first()
                .satisfies(entry -> assertThat(entry.subject()).isEqualTo("Convocation : Assemblée générale"));
    }

    @Test
    void aMemberCompanysUserSeesTheAssembliesAndAnApplicantsUserDoesNot() {
        var member = attendee("Aegis Shield Security Ltd");
        assertThat(member.call(() -> governance.assemblies())).isNotEmpty();
        var applicant = attendee("Al-Noor Security Services LLC");
        assertThatThrownBy(() -> applicant.call(() -> governance.assemblies()))
                .isInstanceOf(org.custodes.shared.NotFound.class);
    }

    private GovernanceActors attendee(String organisation) {
        return new GovernanceActors(new org.custodes.shared.UserId(UUID.randomUUID()),
                organisations.findByLegalName(organisation).orElseThrow().id(), java.util.Set.of("governance:attend"));
    }

    private ResolutionId draft(ResolutionMatter matter, UUID matterId) {
        return GovernanceActors.secretariat().call(() -> governance.draftResolution(new DraftResolution(
                "Resolution on " + matter, "The Board decides the matter as proposed.", matter, matterId,
                clock.instant().plus(Duration.ofDays(14)))));
    }

    private List<SeatSummary> seated() {
        return governance.board().stream().filter(seat -> !seat.vacant()).toList();
    }
}
