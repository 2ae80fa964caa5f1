package org.custodes.membership.application;

import java.util.Map;

import org.apache.tika.Tika;
import org.springframework.stereotype.Component;
import org.custodes.membership.MembershipRuleViolation;

/**
 * Accepts an uploaded policy document only if its bytes are one of the allowed types (PDF, DOCX, ODT, PNG, JPEG)
 * and it is at most 10 MB. The type is detected from the content (magic bytes), never taken from the browser; the
 * file name only narrows a ZIP container down to the office format it claims to be.
 */
@Component
class DocumentInspector {

    static final long MAX_BYTES = 10L * 1024 * 1024;

    private static final Map<String, String> ALLOWED = Map.of(
            "application/pdf", "pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
            "application/vnd.oasis.opendocument.text", "odt",
            "image/png", "png",
            "image/jpeg", "jpg");

    private final Tika tika = new Tika();

    /** The detected content type, or a rule violation if the file may not be kept. */
    String inspect(String filename, byte[] content) {
        if (content.length == 0) {
            throw new MembershipRuleViolation("membership.document.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new MembershipRuleViolation("membership.document.too-large", 10);
        }
        var detected = tika.detect(content, filename);
        if (!ALLOWED.containsKey(detected)) {
            throw new MembershipRuleViolation("membership.document.type-not-allowed");
        }
        return detected;
    }

    /** A name safe to store and to offer back in a download: no path, no control characters, a bounded length. */
    static String safeName(String original, String contentType) {
        var name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"<>:|?*]", "_").strip();
        if (name.isEmpty() || name.startsWith(".")) {
            name = "document" + name;
        }
        if (name.length() > 120) {
            name = name.substring(name.length() - 120);
        }
        var extension = "." + ALLOWED.get(contentType);
        return name.toLowerCase(java.util.Locale.ROOT).endsWith(extension)
                || (extension.equals(".jpg") && name.toLowerCase(java.util.Locale.ROOT).endsWith(".jpeg"))
                ? name : name + extension;
    }
}
