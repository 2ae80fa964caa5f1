package org.custodes.reporting.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.custodes.reporting.ReportDetails;
import org.custodes.reporting.ReportStatus;
import org.custodes.reporting.ReportingFixtures;

/**
 * A company's filled questionnaire upload, fed arbitrary bytes against a small report: the answers that change,
 * or {@link SpreadsheetRefused} with its cells, never another exception. Seeds: {@code QuestionnaireSpreadsheetFuzzTestsInputs/}.
 */
class QuestionnaireSpreadsheetFuzzTests {

    private static final ReportDetails REPORT = ReportingFixtures.details(ReportingFixtures.LIBRARY, ReportStatus.DRAFT,
            Map.of("P-1", "NO"), Set.of());

    @FuzzTest
    void upload(byte[] content) {
        try {
            var changes = QuestionnaireSpreadsheet.read(content, REPORT);
            assertThat(changes.keySet()).allMatch(code -> REPORT.item(code).isPresent());
        } catch (SpreadsheetRefused refused) {
            assertThat(refused.problems()).isNotEmpty();
        }
    }
}
