package org.custodes.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;

import org.junit.jupiter.api.Test;

class LibraryRulesTests {

    /**
     * Regression (found by LibraryImportFuzzTests): an indicator without a code but with a condition made the
     * condition check dereference a missing row, a NullPointerException instead of the list of problems.
     */
    @Test
    void aConditionOnAnIndicatorWithoutACodeIsRefusedWithItsProblems() throws IOException {
        byte[] content;
        try (var in = getClass().getResourceAsStream(
                "LibraryImportFuzzTestsInputs/json/found-condition-on-indicator-without-code.json")) {
            content = in.readAllBytes();
        }
        var raw = LibraryJson.read(FrameworkFixtures.JSON, content);
        assertThatExceptionOfType(LibraryImportRefused.class)
                .isThrownBy(() -> LibraryRules.check(raw, FrameworkFixtures::codeVersions))
                .satisfies(refused -> assertThat(refused.problems())
                        .anySatisfy(problem -> assertThat(problem.messageKey())
                                .isEqualTo("framework.import.required")));
    }
}
