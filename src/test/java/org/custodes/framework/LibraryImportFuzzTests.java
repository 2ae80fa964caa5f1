package org.custodes.framework;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * The indicator library import, JSON and XLSX, fed arbitrary bytes and checked as the service checks it: the
 * result is a library or {@link LibraryImportRefused} listing problems, never another exception.
 * Seeds: {@code LibraryImportFuzzTestsInputs/}.
 */
class LibraryImportFuzzTests {

    @FuzzTest
    void json(byte[] content) {
        try {
            check(LibraryJson.read(FrameworkFixtures.JSON, content));
        } catch (LibraryImportRefused refused) {
            assertThat(refused.problems()).isNotEmpty();
        }
    }

    @FuzzTest
    void xlsx(byte[] content) {
        try {
            check(LibrarySpreadsheet.read(content));
        } catch (LibraryImportRefused refused) {
            assertThat(refused.problems()).isNotEmpty();
        }
    }

    private static void check(RawLibrary raw) {
        var library = LibraryRules.check(raw, FrameworkFixtures::codeVersions);
        assertThat(library.indicators()).isNotEmpty();
    }
}
