package org.custodes.reporting.evidence;

import java.time.Instant;
import org.custodes.reporting.EvidenceId;

/** A file attached to an item, without its content. */
public record EvidenceSummary(EvidenceId id, String filename, String mediaType, int size, Instant uploadedAt) {
}
