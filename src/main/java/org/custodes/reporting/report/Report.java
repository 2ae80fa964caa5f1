package org.custodes.reporting.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.custodes.reporting.CampaignId;
import org.custodes.reporting.ReportId;
import org.custodes.reporting.ReportRefused;
import org.custodes.reporting.ReportStatus;
import org.custodes.reporting.SelfAssessmentAccepted;
import org.custodes.reporting.questionnaire.AnswerRefused;
import org.custodes.reporting.questionnaire.ItemProblem;
import org.custodes.shared.Aggregate;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A company's self-assessment report as its rules see it. A draft is open; a submitted or accepted report is locked;
 * a report under clarification is open only on the items the reviewer reopened. Each decision changes the state and
 * registers its event; {@link Reports#save} writes both, checking the version the report was read with.
 */
public final class Report extends Aggregate {

    private final Reports.Row row;
    private final Set<String> reopened;
    private ReportStatus status;
    private @Nullable LocalDate submittedOn;
    private boolean late;
    private @Nullable LocalDate acceptedOn;
    private @Nullable Boolean satisfactory;

    Report(Reports.Row row, Set<String> reopened) {
        super(row.version());
        this.row = row;
        this.reopened = Set.copyOf(reopened);
        this.status = row.status();
        this.submittedOn = row.submittedOn();
        this.late = row.late();
        this.acceptedOn = row.acceptedOn();
        this.satisfactory = row.satisfactory();
    }

    /** Whether an item of a report in this state, with these items reopened, may still be answered. */
    public static boolean editable(ReportStatus status, Set<String> reopened, String code) {
        return status == ReportStatus.DRAFT || (status == ReportStatus.CLARIFICATION_REQUESTED && reopened.contains(code));
    }

    public boolean editable(String code) {
        return editable(status, reopened, code);
    }

    /** Refuses a change to an item that is locked, naming the item (a reopened report says which items are open). */
    public void checkEditable(String code) {
        if (!editable(code)) {
            throw new AnswerRefused(code, status == ReportStatus.CLARIFICATION_REQUESTED
                    ? "reporting.item.not-reopened" : "reporting.item.locked");
        }
    }

    /**
     * Submits a draft, or a report whose clarification the company has made, when the questionnaire has no problem
     * left. Late once means late for good: a resubmission keeps the first lateness.
     */
    public void submit(List<ItemProblem> problems, int year, boolean lateByCalendar, LocalDate today) {
        if (status != ReportStatus.DRAFT && status != ReportStatus.CLARIFICATION_REQUESTED) {
            throw new ReportRefused("reporting.report.already-submitted");
        }
        if (!problems.isEmpty()) {
            throw new ReportRefused("reporting.report.incomplete", problems, problems.size());
        }
        var resubmission = status == ReportStatus.CLARIFICATION_REQUESTED;
        status = ReportStatus.SUBMITTED;
        submittedOn = submittedOn == null ? today : submittedOn;
        late = late || lateByCalendar;
        register(new SelfAssessmentSubmitted(company(), campaign(), id(), year, late, resubmission, today));
    }

    /** Reopens the chosen items of a submitted report; the caller has checked that each is an item of its library. */
    public void requestClarification(Set<String> codes, LocalDate today) {
        requireSubmitted();
        if (codes.isEmpty()) {
            throw new ReportRefused("reporting.review.choose-items");
        }
        status = ReportStatus.CLARIFICATION_REQUESTED;
        register(new ClarificationRequested(company(), campaign(), id(), List.copyOf(codes), today));
    }

    public void accept(boolean satisfactory, int year, LocalDate today) {
        requireSubmitted();
        status = ReportStatus.ACCEPTED;
        acceptedOn = today;
        this.satisfactory = satisfactory;
        register(new SelfAssessmentAccepted(company(), campaign(), year, satisfactory, today));
    }

    private void requireSubmitted() {
        if (status != ReportStatus.SUBMITTED) {
            throw new ReportRefused("reporting.review.not-submitted");
        }
    }

    public ReportId id() {
        return row.id();
    }

    public OrganisationId company() {
        return row.company();
    }

    public CampaignId campaign() {
        return row.campaign();
    }

    public ReportStatus status() {
        return status;
    }

    @Nullable LocalDate submittedOn() {
        return submittedOn;
    }

    boolean late() {
        return late;
    }

    @Nullable LocalDate acceptedOn() {
        return acceptedOn;
    }

    @Nullable Boolean satisfactory() {
        return satisfactory;
    }
}
