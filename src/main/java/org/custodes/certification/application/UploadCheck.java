package org.custodes.certification.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.custodes.certification.CertificationRuleViolated;

/**
 * Accepts only the file types an application needs, judged by their content (magic bytes) and not only by their
 * name, and at most 20 MB. Office files must be ZIP packages with the parts of a Word or Excel document.
 */
public final class UploadCheck {

    static final long MAX_BYTES = 20L * 1024 * 1024;
    private static final int MAX_ZIP_ENTRIES_INSPECTED = 2_000;

    private static final Map<String, String> TYPES = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg");

    private UploadCheck() {
    }

    /** The content type to store and serve, or a refusal naming the {@code file} field. */
    public static String contentType(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new CertificationRuleViolated("file", "certification.upload.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new CertificationRuleViolated("file", "certification.upload.too-large", 20);
        }
        var extension = extension(fileName);
        var type = TYPES.get(extension);
        if (type == null || !contentMatches(extension, content)) {
            throw new CertificationRuleViolated("file", "certification.upload.type");
        }
        return type;
    }

    /** A safe name to show and to offer on download: no folders, no control characters, not too long. */
    public static String safeName(String fileName) {
        var base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (base.length() > 120) {
            var extension = extension(base);
            base = base.substring(0, 110) + "." + extension;
        }
        return base.isEmpty() ? "file" : base;
    }

    private static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean contentMatches(String extension, byte[] content) {
        return switch (extension) {
            case "pdf" -> startsWith(content, 0x25, 0x50, 0x44, 0x46, 0x2D);
            case "png" -> startsWith(content, 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);
            case "jpg", "jpeg" -> startsWith(content, 0xFF, 0xD8, 0xFF);
            case "docx" -> startsWith(content, 0x50, 0x4B, 0x03, 0x04) && hasPart(content, "word/");
            case "xlsx" -> startsWith(content, 0x50, 0x4B, 0x03, 0x04) && hasPart(content, "xl/");
            default -> false;
        };
    }

    private static boolean startsWith(byte[] content, int... magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((content[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** Looks only at entry names and keeps nothing it reads; a bounded number of entries is inspected. */
    private static boolean hasPart(byte[] content, String prefix) {
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            boolean contentTypes = false;
            boolean part = false;
            int inspected = 0;
            for (var entry = zip.getNextEntry(); entry != null && inspected < MAX_ZIP_ENTRIES_INSPECTED;
                    entry = zip.getNextEntry()) {
                inspected++;
                contentTypes |= entry.getName().equals("[Content_Types].xml");
                part |= entry.getName().startsWith(prefix);
                if (contentTypes && part) {
                    return true;
                }
            }
            return false;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
