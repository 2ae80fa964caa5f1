package org.custodes.monitoring.actionplan;

import java.time.LocalDate;
import java.util.UUID;

/** A file the company uploaded as evidence for an action: its name, detected type and size (the bytes are sealed). */
public record EvidenceFile(UUID id, ActionId action, String fileName, String contentType, int size,
        LocalDate uploadedOn) {
}
