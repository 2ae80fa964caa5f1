package org.custodes.reporting.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.zip.ZipInputStream;

/**
 * Tells a file's type by its content, never by its name or the browser's word: PDF, PNG and JPEG by their
 * signatures; DOCX and XLSX as ZIP archives holding a {@code word/} or {@code xl/} part. Anything else is refused.
 */
public final class EvidenceInspector {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final int MAX_ENTRIES = 2000;

    public record Kind(String mediaType, String extension) {
    }

    private EvidenceInspector() {
    }

    public static Optional<Kind> kind(byte[] content) {
        if (starts(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(new Kind("application/pdf", "pdf"));
        }
        if (starts(content, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A })) {
            return Optional.of(new Kind("image/png", "png"));
        }
        if (starts(content, new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF })) {
            return Optional.of(new Kind("image/jpeg", "jpg"));
        }
        if (starts(content, new byte[] { 'P', 'K', 3, 4 })) {
            return office(content);
        }
        return Optional.empty();
    }

    /** Reads entry names only (no content is inflated), and gives up on archives with absurdly many entries. */
    private static Optional<Kind> office(byte[] content) {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            var entries = 0;
            for (var entry = zip.getNextEntry(); entry != null && entries++ < MAX_ENTRIES; entry = zip.getNextEntry()) {
                var name = entry.getName();
                if (name.startsWith("word/")) {
                    return Optional.of(new Kind("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"));
                }
                if (name.startsWith("xl/")) {
                    return Optional.of(new Kind("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"));
                }
            }
        } catch (IOException | IllegalArgumentException damaged) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** A name safe to store and to offer back: no path, no control characters, at most 150 characters, the right extension. */
    public static String safeName(String given, Kind kind) {
        var name = given.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "").strip();
        var dot = name.lastIndexOf('.');
        var base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = "evidence";
        }
        if (base.length() > 150) {
            base = base.substring(0, 150);
        }
        return base + "." + kind.extension();
    }

    private static boolean starts(byte[] content, byte[] signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (var i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
