package org.custodes.certification.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.custodes.certification.CertificationRuleViolated;
import org.custodes.certification.application.UploadCheck;

/**
 * The certificate bulk load and the application upload check, fed arbitrary bytes: each either gives a result or
 * refuses with the module's own violation, never another exception. Seeds: {@code CertificateFileFuzzTestsInputs/}.
 */
class CertificateFileFuzzTests {

    private static final List<String> NAMES = List.of("file.pdf", "file.docx", "file.xlsx", "file.png", "file.jpg",
            "file.jpeg", "file.csv", "file", "../../etc/passwd.pdf", "a\u0000b\".PDF");

    @FuzzTest
    void csv(byte[] content) {
        readOrRefuse("certificates.csv", content);
    }

    @FuzzTest
    void xlsx(byte[] content) {
        readOrRefuse("certificates.xlsx", content);
    }

    /** The first byte picks the file name, the rest is the content. */
    @FuzzTest
    void upload(byte[] input) {
        var name = input.length == 0 ? "" : NAMES.get(Math.floorMod(input[0], NAMES.size()));
        var content = input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
        try {
            assertThat(UploadCheck.contentType(name, content)).matches("(application|image)/.+");
        } catch (CertificationRuleViolated refused) {
            assertThat(refused.messageKey()).startsWith("certification.upload.");
        }
        var safe = UploadCheck.safeName(name);
        assertThat(safe).isNotEmpty().doesNotContain("/", "\\", "\"", "\u0000").hasSizeLessThanOrEqualTo(125);
    }

    private static void readOrRefuse(String name, byte[] content) {
        try {
            var contents = CertificateFile.read(name, content, CertificateFileTests::byName);
            assertThat(contents.certificates()).hasSameSizeAs(contents.rowNumbers());
        } catch (BulkLoadRefused refused) {
            assertThat(refused.problems()).isNotEmpty();
        }
    }
}
