package org.custodes.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

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
