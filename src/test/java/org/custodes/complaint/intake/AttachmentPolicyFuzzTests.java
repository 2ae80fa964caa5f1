package org.custodes.complaint.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.custodes.complaint.ComplaintRefused;
import org.custodes.complaint.IncomingFile;

/**
 * A complainant's attachment, fed arbitrary bytes: a cleaned file of the type its first bytes announce, or
 * {@link ComplaintRefused}, never another exception. Seeds: {@code AttachmentPolicyFuzzTestsInputs/}.
 */
class AttachmentPolicyFuzzTests {

    @FuzzTest
    void clean(byte[] content) {
        try {
            var clean = AttachmentPolicy.clean(new IncomingFile("../photo of the gate.jpg", content));
            assertThat(AttachmentPolicy.kindOf(clean.content())).isEqualTo(clean.kind());
            assertThat(clean.name()).doesNotContain("/", "..");
        } catch (ComplaintRefused refused) {
            assertThat(refused.messageKey()).startsWith("complaint.files.");
        }
    }
}
