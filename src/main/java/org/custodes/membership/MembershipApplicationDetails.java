package org.custodes.membership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.custodes.membership.application.ApplicationForm;
import org.custodes.membership.application.MembershipDocumentSummary;
import org.custodes.membership.application.MissingItem;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;

/** An application with everything its applicant, the secretariat and the Board need to see. */
public record MembershipApplicationDetails(ApplicationId id, OrganisationId organisation, String organisationName,
        MembershipPillar pillar, MembershipApplicationStatus status, ApplicationForm form, List<MissingItem> missing,
        List<MembershipDocumentSummary> documents, List<ChecklistItem> checklist, List<InformationExchange> exchanges,
        @Nullable Recommendation recommendation, @Nullable BoardDecision decision, Instant createdAt,
        @Nullable LocalDate submittedOn) {

    public MembershipApplicationDetails {
        missing = List.copyOf(missing);
        documents = List.copyOf(documents);
        checklist = List.copyOf(checklist);
        exchanges = List.copyOf(exchanges);
    }

    /** One item of the secretariat's checklist for the applicant's pillar, and whether it was checked. */
    public record ChecklistItem(String key, boolean done) {
    }

    /** A request for more information from the secretariat, or the applicant's answer. */
    public record InformationExchange(Kind kind, String text, Instant at, @Nullable UserId by) {

        public enum Kind { REQUEST, ANSWER }
    }

    /** The secretariat's recommendation to the Board. */
    public record Recommendation(boolean approve, String note, LocalDate on, @Nullable UserId by) {
    }

    /** The Board's decision with its reasons, date and reference. */
    public record BoardDecision(boolean approve, String reasons, LocalDate decidedOn, String decisionReference,
            @Nullable UserId by) {
    }

    public boolean checklistComplete() {
        return checklist.stream().allMatch(ChecklistItem::done);
    }
}
