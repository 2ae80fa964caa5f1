package org.custodes.reporting.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

class EvidenceInspectorTests {

    @Test
    void typesAreToldByContentNotByName() throws Exception {
        assertThat(EvidenceInspector.kind("%PDF-1.7 ...".getBytes())).map(EvidenceInspector.Kind::extension).contains("pdf");
        assertThat(EvidenceInspector.kind(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0 })).map(EvidenceInspector.Kind::extension).contains("jpg");
        assertThat(EvidenceInspector.kind(zip("word/document.xml"))).map(EvidenceInspector.Kind::extension).contains("docx");
        assertThat(EvidenceInspector.kind(zip("xl/workbook.xml"))).map(EvidenceInspector.Kind::extension).contains("xlsx");
        assertThat(EvidenceInspector.kind(zip("payload.exe"))).isEmpty();
        assertThat(EvidenceInspector.kind("<script>alert(1)</script>".getBytes())).isEmpty();
    }

    @Test
    void namesLosePathsAndControlCharactersAndTakeTheRightExtension() {
        var pdf = EvidenceInspector.kind("%PDF-".getBytes()).orElseThrow();
        assertThat(EvidenceInspector.safeName("..\\..\\etc/passwd\u0000.exe", pdf)).isEqualTo("passwd.pdf");
        assertThat(EvidenceInspector.safeName("", pdf)).isEqualTo("evidence.pdf");
    }

    private static byte[] zip(String entry) throws Exception {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(1);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void htmlNamedAsPdfHasNoKindAndAPolyglotIsOnlyAPdf() {
        assertThat(EvidenceInspector.kind("<html><script>alert(1)</script></html>".getBytes())).isEmpty();
        var polyglot = EvidenceInspector.kind("%PDF-1.4\n<html><script>alert(1)</script></html>".getBytes()).orElseThrow();
        assertThat(polyglot.mediaType()).isEqualTo("application/pdf");
        assertThat(EvidenceInspector.safeName("evidence.html", polyglot)).endsWith(".pdf");
    }
}
