package org.custodes.reporting.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import com.code_intelligence.jazzer.junit.FuzzTest;

/** Evidence uploads: any bytes get a kind or none, and any name a safe one. Seeds: {@code EvidenceInspectorFuzzTestsInputs/}. */
class EvidenceInspectorFuzzTests {

    @FuzzTest
    void kind(byte[] content) {
        var kind = EvidenceInspector.kind(content);
        kind.ifPresent(k -> assertThat(k.extension()).isIn("pdf", "png", "jpg", "docx", "xlsx"));
        var name = EvidenceInspector.safeName(new String(content, StandardCharsets.UTF_8),
                kind.orElse(new EvidenceInspector.Kind("application/pdf", "pdf")));
        assertThat(name).doesNotContain("/", "\\", "\u0000").hasSizeLessThanOrEqualTo(155);
    }
}
