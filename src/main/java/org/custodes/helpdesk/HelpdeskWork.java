package org.custodes.helpdesk;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * The helpdesk's work for one person: for the secretariat the open requests, how many are past their first answer's
 * due and the earliest due; for a requester their organisation's requests answered, and those waiting for them.
 */
public record HelpdeskWork(long open, long overdue, @Nullable Instant nextDue, long answered,
        long waitingForRequester) {
}
