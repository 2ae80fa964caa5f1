package org.custodes.certification.application;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.custodes.certification.cycle.Redaction;

/** A file of an application, without its content. */
public record CertificationDocumentSummary(CertificationDocumentId id, DocumentKind kind, @Nullable Integer annexBItem, String fileName,
        String contentType, long size, Instant uploadedAt, List<Redaction> redactions) {

    public CertificationDocumentSummary {
        redactions = List.copyOf(redactions);
    }
}
