package org.custodes.reporting;

import java.util.Set;

/**
 * Who may change what, by the report's state: a draft is open; a submitted or accepted report is locked; a report
 * under clarification is open only on the items the reviewer reopened.
 */
final class ReportLifecycle {

    private ReportLifecycle() {
    }

    static boolean editable(ReportStatus status, Set<String> reopened, String code) {
        return status == ReportStatus.DRAFT || (status == ReportStatus.CLARIFICATION_REQUESTED && reopened.contains(code));
    }

    static void checkEditable(ReportStatus status, Set<String> reopened, String code) {
        if (!editable(status, reopened, code)) {
            throw new AnswerRefused(code, status == ReportStatus.CLARIFICATION_REQUESTED
                    ? "reporting.item.not-reopened" : "reporting.item.locked");
        }
    }

    static void checkSubmit(ReportStatus status) {
        if (status != ReportStatus.DRAFT && status != ReportStatus.CLARIFICATION_REQUESTED) {
            throw new ReportRefused("reporting.report.already-submitted");
        }
    }

    static void checkClarify(ReportStatus status, Set<String> codes) {
        if (status != ReportStatus.SUBMITTED) {
            throw new ReportRefused("reporting.review.not-submitted");
        }
        if (codes.isEmpty()) {
            throw new ReportRefused("reporting.review.choose-items");
        }
    }

    static void checkAccept(ReportStatus status) {
        if (status != ReportStatus.SUBMITTED) {
            throw new ReportRefused("reporting.review.not-submitted");
        }
    }
}
