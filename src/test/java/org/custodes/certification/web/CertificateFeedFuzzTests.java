package org.custodes.certification.web;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.custodes.certification.certificate.BulkLoadRefused;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JSON certificate feed of certification bodies ({@code POST /api/v1/certification/certificates}), fed any JSON:
 * the certificates, or {@link BulkLoadRefused} naming each unreadable item and field, never another exception.
 * Seeds: {@code CertificateFeedFuzzTestsInputs/}.
 */
class CertificateFeedFuzzTests {

    /** As Spring Boot configures the application's mapper: unknown properties are ignored. */
    static final JsonMapper JSON = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    @FuzzTest
    void feed(byte[] content) {
        tools.jackson.databind.JsonNode body;
        try {
            body = JSON.readTree(content);
        } catch (JacksonException notJson) {
            return; // Spring answers 400 before the controller is called
        }
        if (body == null || body.isMissingNode()) {
            return;
        }
        try {
            var certificates = CertificationApiController.commands(JSON, body);
            assertThat(certificates).doesNotContainNull();
        } catch (BulkLoadRefused refused) {
            assertThat(refused.problems()).isNotEmpty();
        }
    }
}
