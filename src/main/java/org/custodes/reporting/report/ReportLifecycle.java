package org.custodes.reporting.report;

import java.util.Set;
import org.custodes.reporting.ReportRefused;
import org.custodes.reporting.ReportStatus;
import org.custodes.reporting.questionnaire.AnswerRefused;

/**
 * Who may change what, by the report's state: a draft is open; a submitted or accepted report is locked; a report
 * under clarification is open only on the items the reviewer reopened.
 */
public final class ReportLifecycle {

    private ReportLifecycle() {
    }

    public static boolean editable(ReportStatus status, Set<String> reopened, String code) {
        return status == ReportStatus.DRAFT || (status == ReportStatus.CLARIFICATION_REQUESTED && reopened.contains(code));
    }

    public static void checkEditable(ReportStatus status, Set<String> reopened, String code) {
        if (!editable(status, reopened, code)) {
            throw new AnswerRefused(code, status == ReportStatus.CLARIFICATION_REQUESTED
                    ? "reporting.item.not-reopened" : "reporting.item.locked");
        }
    }

    public static void checkSubmit(ReportStatus status) {
        if (status != ReportStatus.DRAFT && status != ReportStatus.CLARIFICATION_REQUESTED) {
            throw new ReportRefused("reporting.report.already-submitted");
        }
    }

    public static void checkClarify(ReportStatus status, Set<String> codes) {
        if (status != ReportStatus.SUBMITTED) {
            throw new ReportRefused("reporting.review.not-submitted");
        }
        if (codes.isEmpty()) {
            throw new ReportRefused("reporting.review.choose-items");
        }
    }

    public static void checkAccept(ReportStatus status) {
        if (status != ReportStatus.SUBMITTED) {
            throw new ReportRefused("reporting.review.not-submitted");
        }
    }
}
