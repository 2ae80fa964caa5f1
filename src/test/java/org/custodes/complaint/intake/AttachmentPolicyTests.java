package org.custodes.complaint.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import java.util.Collections;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.custodes.complaint.ComplaintRefused;
import org.custodes.complaint.IncomingFile;
import org.custodes.complaint.TestFiles;

/** Cases 25, 26 and 28: type by content, limits, inert names, metadata stripped. */
class AttachmentPolicyTests {

    @Test
    void pdfDocumentInformationIsRemoved() throws Exception {
        var cleaned = AttachmentPolicy.clean(new IncomingFile("report.pdf", TestFiles.pdfWith("Author Marker")));
        assertThat(cleaned.kind()).isEqualTo(AttachmentPolicy.Kind.PDF);
        try (var document = Loader.loadPDF(cleaned.content())) {
            assertThat(document.getDocumentInformation().getAuthor()).isNull();
            assertThat(document.getDocumentInformation().getTitle()).isNull();
        }
        assertThat(new String(cleaned.content(), StandardCharsets.ISO_8859_1)).doesNotContain("Author Marker");
    }

    @Test
    void imagesAreReencoded() {
        var cleaned = AttachmentPolicy.clean(new IncomingFile("photo.png", TestFiles.png()));
        assertThat(cleaned.kind()).isEqualTo(AttachmentPolicy.Kind.PNG);
        assertThat(cleaned.content()).startsWith((byte) 0x89, (byte) 'P', (byte) 'N', (byte) 'G');
    }

    @Test
    void theTypeComesFromTheContentNotTheName() {
        assertThatExceptionOfType(ComplaintRefused.class).isThrownBy(() -> AttachmentPolicy.clean(
                new IncomingFile("innocent.pdf", "<html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8))));
        var renamed = AttachmentPolicy.clean(new IncomingFile("photo.exe", TestFiles.png()));
        assertThat(renamed.name()).isEqualTo("photo.png");
    }

    @Test
    void aPdfHtmlPolyglotThatIsNoRealPdfIsRefused() {
        // Complaint files are rewritten, not only sniffed: what PDFBox cannot read as a PDF is not kept.
        assertThatExceptionOfType(ComplaintRefused.class).isThrownBy(() -> AttachmentPolicy.clean(new IncomingFile(
                "evidence.pdf", "%PDF-1.4\n<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void namesCannotTraverseOrCarryMarkup() {
        assertThat(AttachmentPolicy.safeName("../../etc/passwd<script>.pdf", AttachmentPolicy.Kind.PDF))
                .isEqualTo("passwd_script_.pdf");
        assertThat(AttachmentPolicy.safeName("..\\..\\boot.ini", AttachmentPolicy.Kind.PNG)).isEqualTo("boot.png");
        assertThat(AttachmentPolicy.safeName("", AttachmentPolicy.Kind.JPEG)).isEqualTo("attachment.jpg");
    }

    @Test
    void sizeAndCountAreLimited() {
        var big = new byte[AttachmentPolicy.MAX_BYTES + 1];
        System.arraycopy(TestFiles.png(), 0, big, 0, 8);
        assertThatExceptionOfType(ComplaintRefused.class).isThrownBy(() -> AttachmentPolicy.clean(new IncomingFile("big.png", big)));
        var six = Collections.nCopies(6, new IncomingFile("p.png", TestFiles.png()));
        assertThatExceptionOfType(ComplaintRefused.class).isThrownBy(() -> AttachmentPolicy.clean(six));
    }

    @Test
    void aTruncatedImageIsRefusedCleanly() {
        var png = TestFiles.png();
        var truncated = java.util.Arrays.copyOf(png, 20);
        assertThatExceptionOfType(ComplaintRefused.class).isThrownBy(() -> AttachmentPolicy.clean(new IncomingFile("t.png", truncated)));
    }
}
