package org.custodes.shared;

import java.io.ByteArrayInputStream;
import java.io.IOException;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens a workbook someone uploaded, within limits that keep a small file from filling the memory: POI's zip-bomb
 * guard refuses a part that inflates more than 100 times or beyond {@link #MAX_PART_BYTES}, and the text a workbook
 * may hold is bounded. Every XLSX upload (indicator library, questionnaire, certificate bulk load) opens through here.
 */
public final class UploadedWorkbook {

    /** No real workbook of ours comes near this: the demo library's largest part is well under 2 MB. */
    public static final long MAX_PART_BYTES = 64L * 1024 * 1024;
    private static final long MAX_TEXT_CHARACTERS = 16L * 1024 * 1024;
    private static final int MAX_PARTS = 1_000;

    static {
        // POI keeps these limits in static fields; they apply to every workbook read in this process.
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARACTERS);
        ZipSecureFile.setMaxFileCount(MAX_PARTS);
    }

    private UploadedWorkbook() {
    }

    /**
     * The workbook; the caller closes it. Throws {@link IOException} or a runtime exception of POI for anything
     * damaged, foreign or over a limit: callers turn both into their own refusal.
     */
    public static XSSFWorkbook open(byte[] content) throws IOException {
        try {
            return new XSSFWorkbook(new ByteArrayInputStream(content));
        } catch (LinkageError unsupported) {
            // A part compressed with a method whose codec is not shipped (Zstandard, XZ...) makes the ZIP reader
            // reach for a class that is not there; found by CertificateFileFuzzTests.
            throw new IOException("The workbook uses a compression this server does not read", unsupported);
        }
    }
}
