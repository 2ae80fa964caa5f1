package org.custodes.complaint.casefile;

import java.time.LocalDate;
import java.util.UUID;

/** An internal note of the handlers, never shown to the complainant or the company. */
public record NoteView(UUID id, UUID authorId, LocalDate writtenOn, String body) {
}
