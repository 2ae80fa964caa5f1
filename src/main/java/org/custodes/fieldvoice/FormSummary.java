package org.custodes.fieldvoice;

import java.time.Instant;

/** A form published to a mission, as the form list shows it. */
public record FormSummary(String formId, FormTemplate template, String version, CaptureMissionId mission, Instant publishedAt,
        String hash) {
}
