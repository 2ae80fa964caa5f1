package org.custodes.helpdesk;

import java.time.Instant;

import org.custodes.shared.UserId;

/** A secretariat officer's note on a request; never shown to the requester. */
public record InternalNote(UserId author, String text, Instant notedAt) {
}
