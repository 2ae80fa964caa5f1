package org.custodes.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class UploadedWorkbookTests {

    @Test
    void opensAnOrdinaryWorkbook() throws IOException {
        try (var workbook = UploadedWorkbook.open(workbook())) {
            assertThat(workbook.getSheet("Answers").getRow(0).getCell(0).getStringCellValue()).isEqualTo("code");
        }
    }

    /**
     * Regression: a part marked as Zstandard-compressed made the ZIP reader load a codec that is not shipped, and
     * the NoClassDefFoundError escaped every refusal (a 500). The input is the one CertificateFileFuzzTests found.
     */
    @Test
    void aPartCompressedWithAnUnshippedCodecIsAnIoException() throws IOException {
        byte[] content;
        try (var in = UploadedWorkbookTests.class.getResourceAsStream(
                "/org/custodes/certification/CertificateFileFuzzTestsInputs/xlsx/found-zstd-entry")) {
            content = in.readAllBytes();
        }
        assertThatExceptionOfType(IOException.class).isThrownBy(() -> UploadedWorkbook.open(content))
                .withCauseInstanceOf(NoClassDefFoundError.class);
    }

    /** A part that inflates more than a hundredfold is refused before it is read whole. */
    @Test
    void aZipBombIsRefused() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(new byte[5 * 1024 * 1024]);
            zip.closeEntry();
        }
        assertThat(out.size()).isLessThan(20_000);
        assertThatExceptionOfType(IOException.class).isThrownBy(() -> UploadedWorkbook.open(out.toByteArray()));
    }

    private static byte[] workbook() throws IOException {
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            workbook.createSheet("Answers").createRow(0).createCell(0).setCellValue("code");
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
