package org.custodes.certification.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.custodes.certification.CertificationRuleViolated;

/** security.md case 25: the type of an upload is told by its content, whatever its name says. */
class UploadCheckTests {

    @Test
    void anHtmlFileNamedAsPdfIsRefused() {
        assertThatExceptionOfType(CertificationRuleViolated.class)
                .isThrownBy(() -> UploadCheck.contentType("report.pdf",
                        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                .satisfies(refused -> assertThat(refused.field()).isEqualTo("file"));
    }

    @Test
    void aPdfHtmlPolyglotIsKeptAsPdfOnly() {
        // It begins as a PDF, so it is stored and served as application/pdf (with nosniff and as an attachment):
        // a browser never renders the HTML inside it.
        var polyglot = "%PDF-1.4\n<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(UploadCheck.contentType("report.pdf", polyglot)).isEqualTo("application/pdf");
        assertThatExceptionOfType(CertificationRuleViolated.class)
                .isThrownBy(() -> UploadCheck.contentType("report.html", polyglot));
    }
}
