package org.custodes.certification.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.custodes.certification.LapseReason;
import org.custodes.certification.certificate.CertificateSummary;

/** An application with its certificate, files, messages and, once decided, the decision. */
public record CertificationApplicationDetails(CertificationApplicationSummary summary, CertificateSummary certificate, String contactEmail,
        List<String> annexBItems, List<CertificationDocumentSummary> documents, List<ApplicationMessage> messages,
        @Nullable LocalDate decidedOn, @Nullable String decisionReference, @Nullable String decisionReasons,
        Set<ChecklistItem> confirmedChecks, @Nullable LocalDate lapsedOn, @Nullable LapseReason lapseReason) {

    public CertificationApplicationDetails {
        annexBItems = List.copyOf(annexBItems);
        documents = List.copyOf(documents);
        messages = List.copyOf(messages);
        confirmedChecks = Set.copyOf(confirmedChecks);
    }

    /** Whether the company may still add files and submit. */
    public boolean editable() {
        return summary.status() == CertificationApplicationStatus.DRAFT || summary.status() == CertificationApplicationStatus.INFORMATION_REQUESTED;
    }

    public boolean awaitingDecision() {
        return summary.status() == CertificationApplicationStatus.SUBMITTED;
    }
}
