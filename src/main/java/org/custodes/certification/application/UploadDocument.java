package org.custodes.certification.application;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.custodes.certification.cycle.Redaction;

/**
 * A file for an application. An audit report lists each of its redactions with a justification; an Annex B item
 * names the item (its position in the standard's list, from 1).
 */
public record UploadDocument(DocumentKind kind, @Nullable Integer annexBItem, String fileName, byte[] content,
        List<Redaction> redactions) {

    public UploadDocument {
        redactions = List.copyOf(redactions);
    }

    @Override
    public String toString() {
        return "UploadDocument[" + kind + ", " + fileName + ", " + content.length + " bytes]";
    }
}
