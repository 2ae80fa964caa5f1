package org.custodes.monitoring.actionplan;

import java.util.Set;

import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Accepts an evidence file only if its content is a PDF, an office document or a photograph and it is at most 10 MB;
 * the type is detected from the bytes (Tika), never taken from the browser.
 */
@Component
class EvidenceInspector {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final Set<String> ALLOWED = Set.of("application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.oasis.opendocument.text", "image/png", "image/jpeg");

    private final Tika tika = new Tika();

    String contentType(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new ActionPlanRefused("monitoring.evidence.empty", "file");
        }
        if (content.length > MAX_BYTES) {
            throw new ActionPlanRefused("monitoring.evidence.too-large", "file", 10);
        }
        var detected = tika.detect(content, fileName);
        if (!ALLOWED.contains(detected)) {
            throw new ActionPlanRefused("monitoring.evidence.type", "file");
        }
        return detected;
    }

    /** A name safe to store and offer back: no path, no control or reserved characters, at most 120 characters. */
    static String safeName(String original) {
        var name = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cntrl}\"<>:|?*]", "_").strip();
        name = name.isEmpty() || name.startsWith(".") ? "evidence" + name : name;
        return name.length() > 120 ? name.substring(name.length() - 120) : name;
    }
}
