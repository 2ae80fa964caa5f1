package org.custodes.governance.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.custodes.governance.GovernanceRuleViolation;
import org.custodes.membership.MembershipPillar;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.junit.jupiter.api.Test;

class ResolutionTests {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);
    private static final OrganisationId APPLICANT = new OrganisationId(UUID.randomUUID());

    private final List<DirectorVote> board = directors(11);

    @Test
    void theLastVoteDecidesAndTheDecisionIsDatedTheDayItWasCarried() {
        var resolution = draft(7, Majority.SIMPLE, List.of());
        for (int i = 0; i < 11; i++) {
            resolution.vote(board.get(i).director(), i < 8 ? VoteChoice.FOR : VoteChoice.AGAINST,
                    NOW.plus(Duration.ofHours(1)), TODAY.plusDays(1));
        }
        assertThat(resolution.status()).isEqualTo(ResolutionStatus.CARRIED);
        assertThat(resolution.decidedOn()).isEqualTo(TODAY.plusDays(1));
        assertThat(resolution.pendingEvents()).filteredOn(ResolutionCarried.class::isInstance).singleElement()
                .satisfies(event -> assertThat(((ResolutionCarried) event).votesFor()).isEqualTo(8));
    }

    @Test
    void aResolutionWithoutQuorumDoesNotPassEvenIfEveryVoteIsFor() {
        var resolution = draft(7, Majority.SIMPLE, List.of());
        for (int i = 0; i < 5; i++) {
            resolution.vote(board.get(i).director(), VoteChoice.FOR, NOW.plusSeconds(60), TODAY);
        }
        assertThat(resolution.status()).isEqualTo(ResolutionStatus.OPEN);
        assertThat(resolution.closeIfDue(NOW.plus(Duration.ofDays(15)), TODAY.plusDays(15))).isTrue();
        assertThat(resolution.status()).isEqualTo(ResolutionStatus.FAILED);
        assertThat(resolution.tally().quorumMet()).isFalse();
        assertThat(resolution.pendingEvents()).filteredOn(ResolutionFailed.class::isInstance).hasSize(1);
    }

    @Test
    void abstentionsCountForTheQuorumButNotForTheMajority() {
        var resolution = draft(7, Majority.SIMPLE, List.of());
        var choices = List.of(VoteChoice.FOR, VoteChoice.FOR, VoteChoice.AGAINST, VoteChoice.ABSTAIN,
                VoteChoice.ABSTAIN, VoteChoice.ABSTAIN, VoteChoice.ABSTAIN);
        for (int i = 0; i < choices.size(); i++) {
            resolution.vote(board.get(i).director(), choices.get(i), NOW.plusSeconds(60), TODAY);
        }
        resolution.closeIfDue(NOW.plus(Duration.ofDays(15)), TODAY.plusDays(15));
        assertThat(resolution.tally().quorumMet()).isTrue();
        assertThat(resolution.status()).isEqualTo(ResolutionStatus.CARRIED);
    }

    @Test
    void aTwoThirdsMajorityNeedsTwiceAsManyVotesForAsAgainst() {
        assertThat(Majority.TWO_THIRDS.reachedBy(6, 3)).isTrue();
        assertThat(Majority.TWO_THIRDS.reachedBy(6, 4)).isFalse();
        assertThat(Majority.SIMPLE.reachedBy(5, 5)).isFalse();
        assertThat(Majority.TWO_THIRDS.reachedBy(0, 0)).isFalse();
    }

    @Test
    void aDirectorFromTheOrganisationConcernedIsRecusedFromTheStartAndCannotVote() {
        var conflicted = board.get(0).director();
        var resolution = draft(7, Majority.SIMPLE, List.of(conflicted));
        assertThat(resolution.directors().get(0).recused()).isTrue();
        assertThatThrownBy(() -> resolution.vote(conflicted, VoteChoice.FOR, NOW.plusSeconds(1), TODAY))
                .isInstanceOf(GovernanceRuleViolation.class).hasMessage("governance.resolution.already-voted");
        for (int i = 1; i < 11; i++) {
            resolution.vote(board.get(i).director(), VoteChoice.FOR, NOW.plusSeconds(60), TODAY);
        }
        assertThat(resolution.status()).isEqualTo(ResolutionStatus.CARRIED);
        assertThat(resolution.tally().recused()).isEqualTo(1);
    }

    @Test
    void aDirectorWhoDeclaresAConflictTakesNoPartAndTheQuorumCountsOnlyThoseVoting() {
        var resolution = draft(10, Majority.SIMPLE, List.of());
        resolution.recuse(board.get(0).director(), "My employer supplies the applicant", NOW.plusSeconds(1), TODAY);
        for (int i = 1; i < 11; i++) {
            resolution.vote(board.get(i).director(), VoteChoice.FOR, NOW.plusSeconds(60), TODAY);
        }
        assertThat(resolution.status()).isEqualTo(ResolutionStatus.CARRIED);
        assertThat(resolution.pendingEvents()).filteredOn(DirectorRecused.class::isInstance).hasSize(1);
    }

    @Test
    void aVoteTwiceOutsideTheWindowOrFromSomeoneNotOnTheBoardIsRefused() {
        var resolution = draft(7, Majority.SIMPLE, List.of());
        var director = board.get(0).director();
        resolution.vote(director, VoteChoice.FOR, NOW.plusSeconds(1), TODAY);
        assertThatThrownBy(() -> resolution.vote(director, VoteChoice.AGAINST, NOW.plusSeconds(2), TODAY))
                .hasMessage("governance.resolution.already-voted");
        assertThatThrownBy(() -> resolution.vote(board.get(1).director(), VoteChoice.FOR,
                NOW.plus(Duration.ofDays(20)), TODAY.plusDays(20))).hasMessage("governance.resolution.outside-window");
        assertThatThrownBy(() -> resolution.vote(new UserId(UUID.randomUUID()), VoteChoice.FOR, NOW.plusSeconds(3),
                TODAY)).hasMessage("governance.resolution.not-a-director");
    }

    @Test
    void theAuditEventOfAVoteDoesNotCarryTheChoice() {
        var resolution = draft(7, Majority.SIMPLE, List.of());
        resolution.vote(board.get(0).director(), VoteChoice.AGAINST, NOW.plusSeconds(1), TODAY);
        assertThat(resolution.pendingEvents()).filteredOn(DirectorVoted.class::isInstance).singleElement()
                .satisfies(event -> assertThat(event.toString()).doesNotContain("AGAINST"));
    }

    @Test
    void aResolutionOnAnApplicationNeedsTheApplicationAndAWindowThatEndsLater() {
        assertThatThrownBy(() -> Resolution.draft("BR-1", new DraftResolution("Admit", "Admit the applicant",
                ResolutionMatter.ADMIT_APPLICANT, null, NOW.plus(Duration.ofDays(14))), 7, Majority.SIMPLE, board,
                List.of(), "", null, NOW)).hasMessage("governance.resolution.matter-required");
        assertThatThrownBy(() -> Resolution.draft("BR-1", new DraftResolution("Admit", "Admit the applicant",
                ResolutionMatter.OTHER, null, NOW.minusSeconds(1)), 7, Majority.SIMPLE, board, List.of(), "", null,
                NOW)).hasMessage("governance.resolution.window-in-past");
    }

    private Resolution draft(int quorum, Majority majority, List<UserId> conflicted) {
        var resolution = Resolution.draft("BR-2026-001", new DraftResolution("Admit the applicant",
                "The Board admits the applicant as a member.", ResolutionMatter.ADMIT_APPLICANT, UUID.randomUUID(),
                NOW.plus(Duration.ofDays(14))), quorum, majority, board, conflicted, "Organisation concerned", null,
                NOW);
        resolution.saved();
        return resolution;
    }

    private static List<DirectorVote> directors(int count) {
        var directors = new ArrayList<DirectorVote>();
        var pillars = List.of(MembershipPillar.COMPANY, MembershipPillar.CIVIL_SOCIETY, MembershipPillar.STATE);
        for (int i = 0; i < count; i++) {
            directors.add(new DirectorVote(new UserId(UUID.randomUUID()), "Director " + i,
                    i == 0 ? APPLICANT : new OrganisationId(UUID.randomUUID()), pillars.get(i % 3), null, false, null,
                    null));
        }
        return directors;
    }
}
