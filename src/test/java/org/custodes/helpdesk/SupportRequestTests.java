package org.custodes.helpdesk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.junit.jupiter.api.Test;

class SupportRequestTests {

    static final Duration FIVE_DAYS = Duration.ofDays(5);
    static final Duration FOURTEEN_DAYS = Duration.ofDays(14);

    final Clock clock = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);
    final OrganisationId company = new OrganisationId(UUID.randomUUID());
    final Participant requester = new Participant(new UserId(UUID.randomUUID()), company, false);
    final Participant colleague = new Participant(new UserId(UUID.randomUUID()), company, false);
    final Participant stranger = new Participant(new UserId(UUID.randomUUID()), new OrganisationId(UUID.randomUUID()),
            false);
    final Participant officer = new Participant(new UserId(UUID.randomUUID()), new OrganisationId(UUID.randomUUID()),
            true);

    SupportRequest asked() {
        return SupportRequest.ask(new AskSecretariat(SupportCategory.MEMBERSHIP_BARRIER, "Fees",
                "Can a small company pay its fee in instalments?", Language.FR, "ops@example.org"), requester,
                clock.instant(), FIVE_DAYS);
    }

    Instant later(Duration after) {
        return clock.instant().plus(after);
    }

    @Test
    void aQuestionWithoutACategoryIsRefusedAtTheCategoryField() {
        assertThatThrownBy(() -> SupportRequest.ask(new AskSecretariat(null, "Fees", "How much?", Language.EN,
                "a@example.org"), requester, clock.instant(), FIVE_DAYS))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, violation -> {
                    assertThat(violation.field()).isEqualTo("category");
                    assertThat(violation.messageKey()).isEqualTo("helpdesk.request.category-required");
                });
    }

    @Test
    void aQuestionWithoutTextIsRefusedAtTheQuestionField() {
        assertThatThrownBy(() -> SupportRequest.ask(new AskSecretariat(SupportCategory.OTHER, "Fees", "  ",
                Language.EN, "a@example.org"), requester, clock.instant(), FIVE_DAYS))
                .isInstanceOfSatisfying(BusinessRuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo("question"));
    }

    @Test
    void theFirstAnswerIsDueTheServiceLevelAfterTheQuestionAndIsOverdueOnlyAfterThat() {
        var request = asked();
        assertThat(request.firstAnswerDue()).isEqualTo(Instant.parse("2026-12-06T09:00:00Z"));
        assertThat(request.overdue(later(FIVE_DAYS))).isFalse();
        assertThat(request.overdue(later(FIVE_DAYS.plusSeconds(1)))).isTrue();
        assertThat(request.pendingEvents()).singleElement().isInstanceOf(SupportRequestAsked.class);
    }

    @Test
    void anAnswerStopsTheClockEvenWhenItCameLate() {
        var request = asked();
        request.answer("Yes, in two instalments.", officer, later(Duration.ofDays(6)));
        assertThat(request.status()).isEqualTo(SupportStatus.ANSWERED);
        assertThat(request.firstAnsweredAt()).isEqualTo(later(Duration.ofDays(6)));
        assertThat(request.overdue(later(Duration.ofDays(9)))).isFalse();
        assertThat(request.assignee()).isEqualTo(officer.user());
    }

    @Test
    void aRequestForDetailsWaitsForTheRequesterAndTheirReplyOpensItAgain() {
        var request = asked();
        request.askForDetails("Which membership category?", officer, later(Duration.ofDays(1)));
        assertThat(request.status()).isEqualTo(SupportStatus.WAITING_FOR_REQUESTER);
        assertThat(request.overdue(later(Duration.ofDays(8)))).isFalse();
        request.reply("Affiliate.", colleague, later(Duration.ofDays(2)));
        assertThat(request.status()).isEqualTo(SupportStatus.OPEN);
        assertThat(request.messages()).extracting(SupportMessage::side)
                .containsExactly(SupportMessage.Side.SECRETARIAT, SupportMessage.Side.REQUESTER);
    }

    @Test
    void onlyTheSecretariatAnswersAssignsAndNotes() {
        var request = asked();
        assertThatThrownBy(() -> request.answer("Me", requester, later(Duration.ofHours(1))))
                .hasMessage("helpdesk.request.secretariat-only");
        assertThatThrownBy(() -> request.assign(requester.user(), requester))
                .hasMessage("helpdesk.request.secretariat-only");
        assertThatThrownBy(() -> request.note("hidden", requester, later(Duration.ofHours(1))))
                .hasMessage("helpdesk.request.secretariat-only");
        request.assign(officer.user(), officer);
        assertThat(request.assignee()).isEqualTo(officer.user());
    }

    @Test
    void anotherOrganisationNeitherRepliesNorClosesNorReopens() {
        var request = asked();
        assertThatThrownBy(() -> request.reply("Me too", stranger, later(Duration.ofHours(1))))
                .hasMessage("helpdesk.request.requester-only");
        assertThatThrownBy(() -> request.close(stranger, later(Duration.ofHours(1))))
                .hasMessage("helpdesk.request.requester-only");
        assertThatThrownBy(() -> request.reply("As the secretariat", officer, later(Duration.ofHours(1))))
                .hasMessage("helpdesk.request.requester-only");
    }

    @Test
    void aClosedRequestTakesNoMessageAndIsNotOverdue() {
        var request = asked();
        request.close(officer, later(Duration.ofDays(1)));
        assertThat(request.status()).isEqualTo(SupportStatus.CLOSED);
        assertThat(request.overdue(later(Duration.ofDays(10)))).isFalse();
        assertThatThrownBy(() -> request.answer("Late", officer, later(Duration.ofDays(2))))
                .hasMessage("helpdesk.request.closed");
        assertThatThrownBy(() -> request.reply("Again", requester, later(Duration.ofDays(2))))
                .hasMessage("helpdesk.request.closed");
        assertThatThrownBy(() -> request.close(requester, later(Duration.ofDays(2))))
                .hasMessage("helpdesk.request.closed");
    }

    @Test
    void theRequesterReopensWithinTheWindowAfterClosingButNotAfter() {
        var request = asked();
        request.answer("Yes.", officer, later(Duration.ofDays(1)));
        request.close(requester, later(Duration.ofDays(2)));
        assertThat(request.reopenableUntil(later(Duration.ofDays(3)), FOURTEEN_DAYS))
                .isEqualTo(later(Duration.ofDays(16)));
        assertThatThrownBy(() -> request.reopen(officer, later(Duration.ofDays(3)), FOURTEEN_DAYS))
                .hasMessage("helpdesk.request.requester-only");
        request.reopen(colleague, later(Duration.ofDays(16)), FOURTEEN_DAYS);
        assertThat(request.status()).isEqualTo(SupportStatus.OPEN);
        assertThat(request.closedAt()).isNull();

        request.close(requester, later(Duration.ofDays(17)));
        assertThatThrownBy(() -> request.reopen(requester, later(Duration.ofDays(31).plusSeconds(1)), FOURTEEN_DAYS))
                .hasMessage("helpdesk.request.reopen-window-passed");
        assertThat(request.reopenableUntil(later(Duration.ofDays(32)), FOURTEEN_DAYS)).isNull();
    }

    @Test
    void anOpenRequestCannotBeReopened() {
        assertThatThrownBy(() -> asked().reopen(requester, later(Duration.ofDays(1)), FOURTEEN_DAYS))
                .hasMessage("helpdesk.request.not-closed");
    }

    @Test
    void internalNotesStayOutOfTheRequestersDetails() {
        var request = asked();
        request.note("Ask finance first", officer, later(Duration.ofHours(2)));
        assertThat(request.details(false, later(Duration.ofHours(3)), FOURTEEN_DAYS).notes()).isEmpty();
        assertThat(request.details(true, later(Duration.ofHours(3)), FOURTEEN_DAYS).notes())
                .extracting(InternalNote::text).containsExactly("Ask finance first");
    }

    @Test
    void eachDecisionRegistersAnAuditedChange() {
        var request = asked();
        request.saved();
        request.assign(officer.user(), officer);
        request.answer("Yes.", officer, later(Duration.ofHours(1)));
        assertThat(request.pendingEvents()).map(event -> ((SupportRequestChanged) event).auditAction())
                .containsExactly("helpdesk.support-request-assigned", "helpdesk.support-request-answered");
    }
}
