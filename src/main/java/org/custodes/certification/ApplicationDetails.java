package org.custodes.certification;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** An application with its certificate, files, messages and, once decided, the decision. */
public record ApplicationDetails(ApplicationSummary summary, CertificateSummary certificate, String contactEmail,
        List<String> annexBItems, List<DocumentSummary> documents, List<ApplicationMessage> messages,
        @Nullable LocalDate decidedOn, @Nullable String decisionReference, @Nullable String decisionReasons,
        Set<ChecklistItem> confirmedChecks, @Nullable LocalDate lapsedOn, @Nullable LapseReason lapseReason) {

    public ApplicationDetails {
        annexBItems = List.copyOf(annexBItems);
        documents = List.copyOf(documents);
        messages = List.copyOf(messages);
        confirmedChecks = Set.copyOf(confirmedChecks);
    }

    /** Whether the company may still add files and submit. */
    public boolean editable() {
        return summary.status() == ApplicationStatus.DRAFT || summary.status() == ApplicationStatus.INFORMATION_REQUESTED;
    }

    public boolean awaitingDecision() {
        return summary.status() == ApplicationStatus.SUBMITTED;
    }
}
