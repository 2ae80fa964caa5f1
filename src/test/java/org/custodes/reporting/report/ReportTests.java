package org.custodes.reporting.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.custodes.reporting.ReportRefused;
import org.custodes.reporting.ReportStatus;

class ReportLifecycleTests {

    @Test
    void aDraftIsOpenASubmittedReportLockedAndAClarificationOpensOnlyTheChosenItems() {
        assertThat(ReportLifecycle.editable(ReportStatus.DRAFT, Set.of(), "A")).isTrue();
        assertThat(ReportLifecycle.editable(ReportStatus.SUBMITTED, Set.of("A"), "A")).isFalse();
        assertThat(ReportLifecycle.editable(ReportStatus.CLARIFICATION_REQUESTED, Set.of("A"), "A")).isTrue();
        assertThat(ReportLifecycle.editable(ReportStatus.CLARIFICATION_REQUESTED, Set.of("A"), "B")).isFalse();
        assertThat(ReportLifecycle.editable(ReportStatus.ACCEPTED, Set.of("A"), "A")).isFalse();
    }

    @Test
    void onlyASubmittedReportCanBeReopenedOrAccepted() {
        assertThatNoException().isThrownBy(() -> ReportLifecycle.checkClarify(ReportStatus.SUBMITTED, Set.of("A")));
        assertThatThrownBy(() -> ReportLifecycle.checkClarify(ReportStatus.SUBMITTED, Set.of())).isInstanceOf(ReportRefused.class);
        assertThatThrownBy(() -> ReportLifecycle.checkClarify(ReportStatus.DRAFT, Set.of("A"))).isInstanceOf(ReportRefused.class);
        assertThatThrownBy(() -> ReportLifecycle.checkAccept(ReportStatus.ACCEPTED)).isInstanceOf(ReportRefused.class);
        assertThatThrownBy(() -> ReportLifecycle.checkSubmit(ReportStatus.SUBMITTED)).isInstanceOf(ReportRefused.class);
        assertThatNoException().isThrownBy(() -> ReportLifecycle.checkSubmit(ReportStatus.CLARIFICATION_REQUESTED));
    }
}
