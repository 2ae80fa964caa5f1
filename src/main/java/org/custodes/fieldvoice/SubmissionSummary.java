package org.custodes.fieldvoice;

import java.time.Instant;

/** A received submission without its content. */
public record SubmissionSummary(SubmissionId id, CaptureMissionId mission, String formId, String formVersion, String instanceId,
        String deviceHolder, Instant receivedAt, int mediaFiles) {
}
