package org.custodes.reporting;

import java.time.Instant;

/** A file attached to an item, without its content. */
public record EvidenceSummary(EvidenceId id, String filename, String mediaType, int size, Instant uploadedAt) {
}
