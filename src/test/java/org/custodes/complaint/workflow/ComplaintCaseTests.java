package org.custodes.complaint.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.custodes.complaint.Channel;
import org.custodes.complaint.ComplainantRole;
import org.custodes.complaint.ComplaintCategory;
import org.custodes.complaint.ComplaintNarrative;
import org.custodes.complaint.ComplaintReference;
import org.custodes.complaint.ComplaintReferredToBoard;
import org.custodes.complaint.ComplaintRefused;
import org.custodes.complaint.ComplaintSettings;
import org.custodes.complaint.ComplaintStatus;
import org.custodes.complaint.ComplaintType;
import org.custodes.complaint.ContactPreference;
import org.custodes.complaint.GrievanceRaised;
import org.custodes.complaint.Outcome;
import org.custodes.complaint.ResolutionPath;
import org.custodes.complaint.SubmitComplaint;
import org.custodes.complaint.workflow.ComplaintEvent.Step;
import org.custodes.shared.CountryCode;
import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.junit.jupiter.api.Test;

/** The case workflow end to end on the aggregate, with a clock that the test moves. */
class ComplaintCaseTests {

    static final OrganisationId COMPANY = new OrganisationId(UUID.randomUUID());
    static final UserId HANDLER = new UserId(UUID.randomUUID());
    static final UserId OTHER_HANDLER = new UserId(UUID.randomUUID());
    static final Deadlines DEADLINES = new Deadlines(ComplaintSettings.defaults());
    // A Monday, so working days are easy to count.
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    static SubmitComplaint complaint(OrganisationId company) {
        return new SubmitComplaint(Channel.ONLINE, ComplainantRole.AFFECTED_PERSON, ContactPreference.ANONYMOUS, null,
                company, ComplaintCategory.USE_OF_FORCE, new CountryCode("KE"),
                new ComplaintNarrative(null, "Guards beat protesters", "March", "Nairobi", "Injuries", GrievanceRaised.NO,
                        null, "Compensation"), Language.EN, List.of());
    }

    static ComplaintCase received(LocalDate on) {
        return ComplaintCase.receive(UUID.randomUUID(), new ComplaintReference("CU-2026-7K3M9Q"), complaint(COMPANY), on,
                DEADLINES);
    }

    @Test
    void aCaseRunsFromReceiptToClosureWithADeadlineAtEveryStep() {
        var clock = Clock.fixed(MONDAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        var c = received(LocalDate.now(clock));
        assertThat(c.status()).isEqualTo(ComplaintStatus.RECEIVED);
        assertThat(c.dueOn()).as("acknowledged within 5 working days").isEqualTo(MONDAY.plusDays(7));

        clock = Clock.offset(clock, java.time.Duration.ofDays(8));
        assertThat(c.overdue(LocalDate.now(clock))).isTrue();
        c.acknowledge(LocalDate.now(clock), HANDLER, DEADLINES);
        assertThat(c.overdue(LocalDate.now(clock))).isFalse();

        c.assessAdmissibility(true, true, ComplaintType.HARM, LocalDate.now(clock), HANDLER, DEADLINES);
        assertThat(c.status()).isEqualTo(ComplaintStatus.ADMISSIBLE);
        assertThat(c.visibleTo(COMPANY)).as("nothing shared yet").isFalse();

        c.choosePath(ResolutionPath.COMPANY_MECHANISM, true, LocalDate.now(clock), HANDLER, DEADLINES);
        assertThat(c.status()).isEqualTo(ComplaintStatus.IN_PROCESS);
        assertThat(c.visibleTo(COMPANY)).isTrue();
        assertThat(c.visibleTo(new OrganisationId(UUID.randomUUID()))).isFalse();

        c.recordCompanyResponse(COMPANY, LocalDate.now(clock), HANDLER);
        c.recordOutcome(Outcome.RESOLVED, LocalDate.now(clock), HANDLER, DEADLINES);
        assertThat(c.status()).isEqualTo(ComplaintStatus.REMEDY_FOLLOW_UP);
        assertThat(c.dueOn()).isEqualTo(LocalDate.now(clock).plusDays(90));

        c.close(LocalDate.now(clock), HANDLER, DEADLINES);
        assertThat(c.status()).isEqualTo(ComplaintStatus.CLOSED);
        assertThat(c.dueOn()).isNull();
        assertThat(c.visibleTo(COMPANY)).isFalse();
        assertThat(c.pendingEvents()).extracting(e -> ((ComplaintEvent) e).step()).containsExactly(Step.RECEIVED,
                Step.ACKNOWLEDGED, Step.FOUND_ADMISSIBLE, Step.PATH_CHOSEN, Step.EXCERPT_SHARED, Step.COMPANY_RESPONDED,
                Step.OUTCOME_RECORDED, Step.CLOSED);
    }

    @Test
    void aComplaintAgainstANonMemberIsNotAdmissibleAndCanBeClosed() {
        var c = received(MONDAY);
        c.acknowledge(MONDAY, HANDLER, DEADLINES);
        c.assessAdmissibility(false, true, ComplaintType.HARM, MONDAY, HANDLER, DEADLINES);
        assertThat(c.status()).isEqualTo(ComplaintStatus.NOT_ADMISSIBLE);
        assertThatExceptionOfType(ComplaintRefused.class)
                .isThrownBy(() -> c.choosePath(ResolutionPath.GOOD_OFFICES, false, MONDAY, HANDLER, DEADLINES));
        c.close(MONDAY, HANDLER, DEADLINES);
        assertThat(c.closedOn()).isEqualTo(MONDAY);
    }

    @Test
    void stepsOutOfOrderAreRefused() {
        var c = received(MONDAY);
        assertThatExceptionOfType(ComplaintRefused.class)
                .isThrownBy(() -> c.recordOutcome(Outcome.RESOLVED, MONDAY, HANDLER, DEADLINES));
        assertThatExceptionOfType(ComplaintRefused.class).isThrownBy(() -> c.close(MONDAY, HANDLER, DEADLINES));
        c.acknowledge(MONDAY, HANDLER, DEADLINES);
        assertThatExceptionOfType(ComplaintRefused.class).isThrownBy(() -> c.acknowledge(MONDAY, HANDLER, DEADLINES));
    }

    @Test
    void aReferralToTheBoardPublishesTheCompanyAndTheCodeParagraphsOnly() {
        var c = received(MONDAY);
        c.tagCodeParagraphs(Set.of(30, 31));
        c.acknowledge(MONDAY, HANDLER, DEADLINES);
        c.assessAdmissibility(true, true, ComplaintType.EVIDENCE, MONDAY, HANDLER, DEADLINES);
        c.choosePath(ResolutionPath.GOOD_OFFICES, false, MONDAY, HANDLER, DEADLINES);
        c.recordOutcome(Outcome.REFERRED_TO_BOARD, MONDAY, HANDLER, DEADLINES);

        assertThat(c.status()).isEqualTo(ComplaintStatus.OUTCOME_RECORDED);
        assertThat(c.pendingEvents()).contains(new ComplaintReferredToBoard(COMPANY, c.reference(), MONDAY, List.of(30, 31)));
    }

    @Test
    void aHandlerWhoDeclaresAConflictIsTakenOffAndCannotBeAssignedAgain() {
        var c = received(MONDAY);
        c.assign(HANDLER, MONDAY, HANDLER);
        assertThat(c.handler()).isEqualTo(HANDLER.value());
        c.declareConflict(HANDLER, MONDAY);
        assertThat(c.handler()).isNull();
        assertThat(c.excludes(HANDLER)).isTrue();
        assertThat(c.excludes(OTHER_HANDLER)).isFalse();
        assertThatExceptionOfType(ComplaintRefused.class).isThrownBy(() -> c.assign(HANDLER, MONDAY, OTHER_HANDLER));
    }

    @Test
    void codeParagraphsMustBeThoseOfTheCode() {
        var c = received(MONDAY);
        assertThatExceptionOfType(ComplaintRefused.class).isThrownBy(() -> c.tagCodeParagraphs(Set.of(0)));
        assertThatExceptionOfType(ComplaintRefused.class).isThrownBy(() -> c.tagCodeParagraphs(Set.of(71)));
        c.tagCodeParagraphs(Set.of(1, 70));
        assertThat(c.codeParagraphs()).containsExactlyInAnyOrder(1, 70);
    }

    @Test
    void retentionRunsFromClosure() {
        var c = received(MONDAY);
        c.acknowledge(MONDAY, HANDLER, DEADLINES);
        c.assessAdmissibility(true, false, ComplaintType.EVIDENCE, MONDAY, HANDLER, DEADLINES);
        assertThat(c.retentionExpired(MONDAY.plusYears(6))).as("still open").isFalse();
        c.close(MONDAY, HANDLER, DEADLINES);
        assertThat(c.retentionExpired(MONDAY)).isFalse();
        assertThat(c.retentionExpired(MONDAY.plusDays(1))).isTrue();
    }

    @Test
    void workingDaysSkipWeekends() {
        assertThat(Deadlines.plusWorkingDays(LocalDate.of(2026, 11, 27), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
    }
}
