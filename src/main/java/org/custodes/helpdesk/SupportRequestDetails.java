package org.custodes.helpdesk;

import java.time.Instant;
import java.util.List;

import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;

/**
 * A support request with its question and thread. {@code notes} is empty for the requester's side: internal notes
 * are the secretariat's only. {@code reopenableUntil} is set while a closed request may still be reopened.
 * {@code version} is what a change must name: a request changed by someone else since is refused.
 */
public record SupportRequestDetails(SupportRequestSummary summary, UserId requester, String question,
        List<SupportMessage> messages, List<InternalNote> notes, @Nullable Instant closedAt,
        @Nullable Instant reopenableUntil, long version) {

    public SupportRequestDetails {
        messages = List.copyOf(messages);
        notes = List.copyOf(notes);
    }
}
