package org.custodes.helpdesk;

import org.custodes.shared.Language;
import org.jspecify.annotations.Nullable;

/**
 * A question to the secretariat, in the requester's language; the answer is e-mailed to {@code replyTo}. The
 * category is required: a request without one is refused with the field named.
 */
public record AskSecretariat(@Nullable SupportCategory category, @Nullable String subject, @Nullable String question,
        Language language, String replyTo) {
}
