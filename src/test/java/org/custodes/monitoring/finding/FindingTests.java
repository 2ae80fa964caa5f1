package org.custodes.monitoring.finding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.custodes.monitoring.concern.ConcernStage;
import org.custodes.monitoring.concern.ConcernTests;

class FindingTests {

    static Finding onOpenConcern() {
        var finding = Finding.record("MF-2026-001", ConcernTests.at(ConcernStage.DIALOGUE), new RecordFinding(31,
                FindingSeverity.MAJOR, " Warning shots without a threat to life ", "Hospital records"),
                ConcernTests.CLOCK);
        finding.saved();
        return finding;
    }

    @Test
    void aFindingNamesOneKnownParagraphAndRestsOnEvidence() {
        var concern = ConcernTests.at(ConcernStage.DIALOGUE);
        for (var paragraph : new int[] { 0, 71 }) {
            assertThatThrownBy(() -> Finding.record("MF-2026-001", concern, new RecordFinding(paragraph,
                    FindingSeverity.MINOR, "Statement", "Evidence"), ConcernTests.CLOCK))
                    .hasMessage("monitoring.refused.paragraph");
        }
        assertThatThrownBy(() -> Finding.record("MF-2026-001", concern, new RecordFinding(31, FindingSeverity.MINOR,
                "Statement", " "), ConcernTests.CLOCK)).hasMessage("monitoring.finding.evidence-required");
        var finding = Finding.record("MF-2026-001", concern, new RecordFinding(31, FindingSeverity.MAJOR,
                " Warning shots ", "Records"), ConcernTests.CLOCK);
        assertThat(finding.statement()).isEqualTo("Warning shots");
        assertThat(finding.response()).isEqualTo(FindingResponse.AWAITING);
        assertThat(finding.pendingEvents()).containsExactly(new FindingRecorded(finding.id(), "MF-2026-001",
                concern.id(), ConcernTests.COMPANY, 31, FindingSeverity.MAJOR, ConcernTests.TODAY));
    }

    @Test
    void aClosedConcernTakesNoFinding() {
        assertThatThrownBy(() -> Finding.record("MF-2026-001", ConcernTests.at(ConcernStage.RESOLVED),
                new RecordFinding(31, FindingSeverity.MINOR, "Statement", "Evidence"), ConcernTests.CLOCK))
                .hasMessage("monitoring.concern.closed");
    }

    @Test
    void theCompanyDisputesOnlyWithReasonsAndAnswersOnce() {
        var finding = onOpenConcern();
        assertThatThrownBy(() -> finding.answer(FindingResponse.DISPUTED, " ", ConcernTests.CLOCK))
                .hasMessage("monitoring.finding.reasons-required");
        assertThatThrownBy(() -> finding.answer(FindingResponse.AWAITING, null, ConcernTests.CLOCK))
                .hasMessage("monitoring.finding.answer-required");
        assertThat(finding.response()).isEqualTo(FindingResponse.AWAITING);
        finding.answer(FindingResponse.DISPUTED, "We reported it by phone", ConcernTests.CLOCK);
        assertThat(finding.details().responseReasons()).isEqualTo("We reported it by phone");
        assertThat(finding.respondedOn()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(finding.pendingEvents()).containsExactly(new FindingAnswered(finding.id(), "MF-2026-001",
                ConcernTests.COMPANY, FindingResponse.DISPUTED, ConcernTests.TODAY));
        assertThatThrownBy(() -> finding.answer(FindingResponse.ACKNOWLEDGED, null, ConcernTests.CLOCK))
                .hasMessage("monitoring.finding.already-answered");
    }

    @Test
    void acknowledgingNeedsNoReasons() {
        var finding = onOpenConcern();
        finding.answer(FindingResponse.ACKNOWLEDGED, null, ConcernTests.CLOCK);
        assertThat(finding.response()).isEqualTo(FindingResponse.ACKNOWLEDGED);
        assertThat(finding.responseReasons()).isNull();
    }
}
