package org.custodes.monitoring.concern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.custodes.monitoring.ConcernCategory;
import org.custodes.monitoring.ConcernReferredToBoard;
import org.custodes.monitoring.MonitoringRefused;
import org.custodes.shared.OrganisationId;
import org.junit.jupiter.api.Test;

public class ConcernTests {

    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T10:00:00Z"), ZoneOffset.UTC);
    public static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    public static final OrganisationId COMPANY = new OrganisationId(UUID.randomUUID());

    static Concern identified() {
        return Concern.open("MC-2026-001", new OpenConcern(COMPANY, ConcernCategory.PERSONNEL_MISCONDUCT,
                ConcernOrigin.OBSERVATION, "OB-2026-0001", "Guards fired warning shots at a protest", Set.of(31, 32)),
                null, CLOCK);
    }

    /** A concern brought to the stage along the only path there. */
    public static Concern at(ConcernStage stage) {
        var concern = identified();
        concern.saved();
        if (stage == ConcernStage.IDENTIFIED) {
            return concern;
        }
        concern.startDialogue(CLOCK);
        concern.saved();
        if (stage == ConcernStage.DIALOGUE) {
            return concern;
        }
        concern.recommend("Review the rules for the use of force and retrain the site team", CLOCK);
        switch (stage) {
            case RESOLVED -> concern.resolve("The company retrained the team and changed its rules", CLOCK);
            case REFERRED_TO_BOARD -> concern.referToBoard("No answer to the recommendations after 60 days", CLOCK);
            default -> {
            }
        }
        concern.saved();
        return concern;
    }

    /** The action that moves a concern to each stage; nothing moves one back to identified. */
    static void move(Concern concern, ConcernStage to) {
        switch (to) {
            case IDENTIFIED -> throw new IllegalArgumentException("no action leads back to identified");
            case DIALOGUE -> concern.startDialogue(CLOCK);
            case RECOMMENDATIONS -> concern.recommend("Recommendations", CLOCK);
            case RESOLVED -> concern.resolve("Resolved", CLOCK);
            case REFERRED_TO_BOARD -> concern.referToBoard("Referred", CLOCK);
        }
    }

    @Test
    void openingRegistersConcernOpenedAtTheIdentifiedStage() {
        var concern = identified();
        assertThat(concern.stage()).isEqualTo(ConcernStage.IDENTIFIED);
        assertThat(concern.openedOn()).isEqualTo(TODAY);
        assertThat(concern.pendingEvents()).containsExactly(new ConcernOpened(concern.id(), "MC-2026-001", COMPANY,
                ConcernCategory.PERSONNEL_MISCONDUCT, ConcernOrigin.OBSERVATION, TODAY));
    }

    @Test
    void everyAllowedTransitionMovesTheConcernAndEveryOtherIsRefusedWithoutChange() {
        var allowed = 0;
        var refused = 0;
        for (var from : ConcernStage.values()) {
            for (var to : EnumSet.complementOf(EnumSet.of(ConcernStage.IDENTIFIED))) {
                var concern = at(from);
                if (from.next().contains(to)) {
                    move(concern, to);
                    assertThat(concern.stage()).as("%s to %s", from, to).isEqualTo(to);
                    assertThat(concern.pendingEvents()).as("%s to %s", from, to)
                            .contains(new ConcernStageChanged(concern.id(), "MC-2026-001", COMPANY, from, to, TODAY));
                    allowed++;
                } else {
                    assertThatThrownBy(() -> move(concern, to)).as("%s to %s", from, to)
                            .isInstanceOf(MonitoringRefused.class);
                    assertThat(concern.stage()).as("%s to %s", from, to).isEqualTo(from);
                    assertThat(concern.pendingEvents()).as("%s to %s", from, to).isEmpty();
                    refused++;
                }
            }
        }
        assertThat(allowed).isEqualTo(4);
        assertThat(refused).isEqualTo(16);
    }

    @Test
    void theEscalationPathSkipsNoStage() {
        assertThat(ConcernStage.IDENTIFIED.next()).containsExactly(ConcernStage.DIALOGUE);
        assertThat(ConcernStage.DIALOGUE.next()).containsExactly(ConcernStage.RECOMMENDATIONS);
        assertThat(ConcernStage.RECOMMENDATIONS.next())
                .containsExactlyInAnyOrder(ConcernStage.RESOLVED, ConcernStage.REFERRED_TO_BOARD);
        assertThat(EnumSet.allOf(ConcernStage.class)).filteredOn(ConcernStage::closed)
                .containsExactlyInAnyOrder(ConcernStage.RESOLVED, ConcernStage.REFERRED_TO_BOARD);
    }

    @Test
    void aClosedConcernIsRefusedAsClosed() {
        var resolved = at(ConcernStage.RESOLVED);
        assertThatThrownBy(() -> resolved.referToBoard("after all", CLOCK)).isInstanceOf(MonitoringRefused.class)
                .hasMessage("monitoring.concern.closed");
        assertThatThrownBy(() -> resolved.post(MessageSide.SECRETARIAT, null, "note", false, CLOCK))
                .hasMessage("monitoring.concern.closed");
    }

    @Test
    void referralPublishesTheFactsTheSanctionsLadderNeedsAndClosesTheConcern() {
        var concern = at(ConcernStage.RECOMMENDATIONS);
        concern.referToBoard("No answer to the recommendations after 60 days", CLOCK);
        assertThat(concern.closedOn()).isEqualTo(TODAY);
        assertThat(concern.pendingEvents()).contains(new ConcernReferredToBoard(concern.id(), "MC-2026-001", COMPANY,
                ConcernCategory.PERSONNEL_MISCONDUCT, TODAY, List.of(31, 32)));
    }

    @Test
    void resolvingNeedsAReasonAndRecommendingNeedsTheText() {
        var dialogue = at(ConcernStage.DIALOGUE);
        assertThatThrownBy(() -> dialogue.recommend("  ", CLOCK)).hasMessage("monitoring.refused.text-required");
        assertThat(dialogue.stage()).isEqualTo(ConcernStage.DIALOGUE);
        var recommended = at(ConcernStage.RECOMMENDATIONS);
        assertThatThrownBy(() -> recommended.resolve("", CLOCK)).hasMessage("monitoring.refused.text-required");
        assertThat(recommended.stage()).isEqualTo(ConcernStage.RECOMMENDATIONS);
    }

    @Test
    void theCompanyWritesOnlyWhileTheDialogueIsOpenAndItsMessagesAreShared() {
        assertThatThrownBy(() -> identified().post(MessageSide.COMPANY, null, "Hello", true, CLOCK))
                .hasMessage("monitoring.concern.no-dialogue");
        for (var stage : List.of(ConcernStage.DIALOGUE, ConcernStage.RECOMMENDATIONS)) {
            var message = at(stage).post(MessageSide.COMPANY, null, "Our answer", false, CLOCK);
            assertThat(message.shared()).isTrue();
        }
        assertThatThrownBy(() -> at(ConcernStage.REFERRED_TO_BOARD).post(MessageSide.COMPANY, null, "Late", true, CLOCK))
                .hasMessage("monitoring.concern.closed");
    }

    @Test
    void theSecretariatKeepsInternalNotesBeforeTheDialogueButSharesOnlyInIt() {
        var concern = identified();
        var note = concern.post(MessageSide.SECRETARIAT, null, "Check with the client first", false, CLOCK);
        assertThat(note.shared()).isFalse();
        assertThatThrownBy(() -> concern.post(MessageSide.SECRETARIAT, null, "To the company", true, CLOCK))
                .hasMessage("monitoring.concern.no-dialogue");
    }

    @Test
    void theCompanyReadsOnlySharedMessagesAndNeitherTheOriginNorTheReferralReason() {
        var concern = at(ConcernStage.DIALOGUE);
        concern.post(MessageSide.SECRETARIAT, null, "Internal: the source is a guard", false, CLOCK);
        concern.post(MessageSide.SECRETARIAT, null, "Please describe your rules for the use of force", true, CLOCK);
        concern.post(MessageSide.COMPANY, null, "Here they are", true, CLOCK);
        var company = concern.details("Aegis", List.of("OB-2026-0001"), List.of(), false);
        assertThat(company.messages()).extracting(ConcernMessage::text)
                .containsExactly("Please describe your rules for the use of force", "Here they are");
        assertThat(company.origin()).isNull();
        assertThat(company.originReference()).isNull();
        assertThat(company.linkedObservations()).isEmpty();
        assertThat(concern.details("Aegis", List.of("OB-2026-0001"), List.of(), true).messages()).hasSize(3);

        var referred = at(ConcernStage.REFERRED_TO_BOARD);
        assertThat(referred.details("Aegis", List.of(), List.of(), false).closingReason()).isNull();
        assertThat(referred.details("Aegis", List.of(), List.of(), true).closingReason()).isNotNull();
    }

    @Test
    void aConcernFromAnotherOriginNeedsItsReferenceAndKnownParagraphs() {
        assertThatThrownBy(() -> Concern.open("MC-2026-002", new OpenConcern(COMPANY, ConcernCategory.OTHER,
                ConcernOrigin.COMPLAINT, " ", "Summary", Set.of()), null, CLOCK))
                .hasMessage("monitoring.concern.origin-reference");
        assertThatThrownBy(() -> Concern.open("MC-2026-002", new OpenConcern(COMPANY, ConcernCategory.OTHER,
                ConcernOrigin.DIRECT, null, "Summary", Set.of(71)), null, CLOCK))
                .hasMessage("monitoring.refused.paragraph");
        var direct = Concern.open("MC-2026-002", new OpenConcern(COMPANY, ConcernCategory.MANAGEMENT_AND_GOVERNANCE,
                ConcernOrigin.DIRECT, null, "No grievance mechanism published", Set.of(66, 67)), null, CLOCK);
        assertThat(direct.originReference()).isNull();
    }
}
