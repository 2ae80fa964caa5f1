package org.custodes.membership.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.custodes.membership.MembershipRuleViolation;

/**
 * Policy documents of a membership application: any bytes get an allowed content type or the module's refusal,
 * never another exception. The first byte picks the file name. Seeds: {@code DocumentInspectorFuzzTestsInputs/}.
 */
class DocumentInspectorFuzzTests {

    private static final DocumentInspector INSPECTOR = new DocumentInspector();
    private static final List<String> NAMES = List.of("policy.pdf", "policy.docx", "policy.odt", "scan.png", "scan.jpg",
            "policy", "policy.exe", "..\\..\\policy.pdf", ".hidden", "x.html");

    @FuzzTest
    void inspect(byte[] input) {
        var name = input.length == 0 ? "" : NAMES.get(Math.floorMod(input[0], NAMES.size()));
        var content = input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
        try {
            var type = INSPECTOR.inspect(name, content);
            assertThat(DocumentInspector.safeName(name, type)).doesNotContain("/", "\\").doesNotStartWith(".");
        } catch (MembershipRuleViolation refused) {
            assertThat(refused.messageKey()).startsWith("membership.document.");
        }
    }
}
