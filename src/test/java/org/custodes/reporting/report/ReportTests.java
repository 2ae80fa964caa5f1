package org.custodes.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.custodes.reporting.CampaignId;
import org.custodes.reporting.ReportId;
import org.custodes.reporting.ReportRefused;
import org.custodes.reporting.ReportStatus;
import org.custodes.reporting.SelfAssessmentAccepted;
import org.custodes.reporting.questionnaire.AnswerRefused;
import org.custodes.reporting.questionnaire.ItemProblem;
import org.custodes.shared.OrganisationId;
import org.junit.jupiter.api.Test;

class ReportTests {

    private static final LocalDate TODAY = LocalDate.of(2027, 2, 1);

    private static Report report(ReportStatus status, Set<String> reopened, boolean late) {
        var row = new Reports.Row(new OrganisationId(UUID.randomUUID()), new ReportId(UUID.randomUUID()),
                new CampaignId(UUID.randomUUID()), "Aegis Shield", status,
                status == ReportStatus.DRAFT ? null : TODAY.minusDays(20), late, null, null, null, 3);
        return new Report(row, reopened);
    }

    @Test
    void aDraftIsOpenASubmittedReportLockedAndAClarificationOpensOnlyTheChosenItems() {
        assertThat(Report.editable(ReportStatus.DRAFT, Set.of(), "A")).isTrue();
        assertThat(Report.editable(ReportStatus.SUBMITTED, Set.of("A"), "A")).isFalse();
        assertThat(Report.editable(ReportStatus.CLARIFICATION_REQUESTED, Set.of("A"), "A")).isTrue();
        assertThat(Report.editable(ReportStatus.CLARIFICATION_REQUESTED, Set.of("A"), "B")).isFalse();
        assertThat(Report.editable(ReportStatus.ACCEPTED, Set.of("A"), "A")).isFalse();
        assertThatThrownBy(() -> report(ReportStatus.CLARIFICATION_REQUESTED, Set.of("A"), false).checkEditable("B"))
                .isInstanceOfSatisfying(AnswerRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("reporting.item.not-reopened"));
        assertThatThrownBy(() -> report(ReportStatus.SUBMITTED, Set.of(), false).checkEditable("B"))
                .isInstanceOfSatisfying(AnswerRefused.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("reporting.item.locked"));
    }

    @Test
    void onlyASubmittedReportCanBeReopenedOrAccepted() {
        var submitted = report(ReportStatus.SUBMITTED, Set.of(), false);
        assertThatThrownBy(() -> submitted.requestClarification(Set.of(), TODAY)).isInstanceOf(ReportRefused.class);
        submitted.requestClarification(Set.of("A"), TODAY);
        assertThat(submitted.status()).isEqualTo(ReportStatus.CLARIFICATION_REQUESTED);
        assertThat(submitted.pendingEvents()).singleElement().isInstanceOfSatisfying(ClarificationRequested.class,
                event -> assertThat(event.indicatorCodes()).containsExactly("A"));

        assertThatThrownBy(() -> report(ReportStatus.DRAFT, Set.of(), false).requestClarification(Set.of("A"), TODAY))
                .isInstanceOf(ReportRefused.class);
        assertThatThrownBy(() -> report(ReportStatus.ACCEPTED, Set.of(), false).accept(true, 2026, TODAY))
                .isInstanceOf(ReportRefused.class);
        assertThatThrownBy(() -> report(ReportStatus.SUBMITTED, Set.of(), false).submit(List.of(), 2026, false, TODAY))
                .isInstanceOf(ReportRefused.class);
    }

    @Test
    void aResubmissionKeepsItsFirstDateAndItsLatenessAndSaysItIsOne() {
        var reopened = report(ReportStatus.CLARIFICATION_REQUESTED, Set.of("A"), true);
        reopened.submit(List.of(), 2026, false, TODAY);
        assertThat(reopened.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(reopened.submittedOn()).isEqualTo(TODAY.minusDays(20));
        assertThat(reopened.pendingEvents()).singleElement().isInstanceOfSatisfying(SelfAssessmentSubmitted.class,
                event -> assertThat(event).extracting(SelfAssessmentSubmitted::late, SelfAssessmentSubmitted::resubmission)
                        .containsExactly(true, true));
    }

    @Test
    void aReportWithProblemsLeftIsNotSubmittedAndRegistersNothing() {
        var draft = report(ReportStatus.DRAFT, Set.of(), false);
        var problem = new ItemProblem("P-1", "reporting.item.required");
        assertThatThrownBy(() -> draft.submit(List.of(problem), 2026, false, TODAY)).isInstanceOf(ReportRefused.class);
        assertThat(draft.status()).isEqualTo(ReportStatus.DRAFT);
        assertThat(draft.pendingEvents()).isEmpty();
    }

    @Test
    void acceptingASubmittedReportRecordsTheVerdictAndItsEvent() {
        var submitted = report(ReportStatus.SUBMITTED, Set.of(), false);
        submitted.accept(false, 2026, TODAY);
        assertThat(submitted.status()).isEqualTo(ReportStatus.ACCEPTED);
        assertThat(submitted.satisfactory()).isFalse();
        assertThat(submitted.acceptedOn()).isEqualTo(TODAY);
        assertThat(submitted.pendingEvents()).singleElement().isInstanceOfSatisfying(SelfAssessmentAccepted.class,
                event -> assertThat(event.satisfactory()).isFalse());
    }
}
