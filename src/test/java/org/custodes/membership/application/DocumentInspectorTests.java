package org.custodes.membership.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.custodes.membership.MembershipRuleViolation;

/** security.md case 25: the type of an upload is told by its content (Tika), whatever its name says. */
class DocumentInspectorTests {

    final DocumentInspector inspector = new DocumentInspector();

    @Test
    void anHtmlFileNamedAsPdfIsRefused() {
        assertThatExceptionOfType(MembershipRuleViolation.class).isThrownBy(() -> inspector.inspect("statutes.pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aPdfHtmlPolyglotIsKeptAsPdfOnly() {
        var polyglot = "%PDF-1.4\n<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(inspector.inspect("statutes.html", polyglot)).isEqualTo("application/pdf");
        assertThat(DocumentInspector.safeName("statutes.html", "application/pdf")).endsWith(".pdf");
    }
}
