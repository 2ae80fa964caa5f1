package org.custodes.reporting;

import java.util.Optional;
import java.util.UUID;

import org.custodes.reporting.report.Reports;
import org.custodes.shared.Actor;
import org.custodes.shared.NotFound;

/**
 * Ownership inside the facade: a company sees only its own reports and files; reviewers and readers see every
 * report; only the company and reviewers see files. Anyone else gets {@link NotFound}, so ids reveal nothing.
 */
final class ReportAccess {

    static final String FILL = "reporting:fill";
    static final String REVIEW = "reporting:review";
    static final String READ = "reporting:read";

    private ReportAccess() {
    }

    static boolean holds(String permission) {
        return Actor.holds(permission);
    }

    static boolean owns(Reports.Row report) {
        return holds(FILL) && Actor.current().map(Actor::organisationId).filter(report.company()::equals).isPresent();
    }

    /** For filling: only the company's own people. */
    static Reports.Row toFill(Optional<Reports.Row> report) {
        return report.filter(ReportAccess::owns).orElseThrow(() -> new NotFound("report", "hidden"));
    }

    /** For reading: the company, reviewers and readers. */
    static Reports.Row toView(Optional<Reports.Row> report) {
        return report.filter(r -> holds(REVIEW) || holds(READ) || owns(r)).orElseThrow(() -> new NotFound("report", "hidden"));
    }

    /** For reviewing: reviewers only; to everyone else the report does not exist. */
    static Reports.Row toReview(Optional<Reports.Row> report) {
        return report.filter(r -> holds(REVIEW)).orElseThrow(() -> new NotFound("report", "hidden"));
    }

    static boolean mayDownload(Reports.EvidenceFile file) {
        return holds(REVIEW) || (holds(FILL) && Actor.current().map(Actor::organisationId).filter(file.company()::equals).isPresent());
    }

    static @org.jspecify.annotations.Nullable UUID userOrNull() {
        return Actor.current().map(actor -> actor.userId().value()).orElse(null);
    }
}
