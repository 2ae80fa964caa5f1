package org.custodes.notification;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Queues messages in the outbox (callers must be in a transaction, so the message commits with their change) and
 * shows the outbox to the secretariat.
 */
@Service
public class NotificationService {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    private final Clock clock;
    private final Outbox outbox;
    private final MessageRenderer renderer;
    private final OutboxRelay relay;
    private final String baseUrl;

    NotificationService(Clock clock, Outbox outbox, MessageRenderer renderer,
            OutboxRelay relay, @Value("${custodes.base-url}") String baseUrl) {
        this.clock = clock;
        this.outbox = outbox;
        this.renderer = renderer;
        this.relay = relay;
        this.baseUrl = baseUrl;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public UUID send(OutgoingMessage message) {
        return outbox.enqueue(message, clock.instant());
    }

    /** Every message, newest first, rendered as its recipient reads it. */
    @PreAuthorize("hasAuthority('notification:outbox-read')")
    @Transactional(readOnly = true)
    public PageResult<OutboxEntry> outbox(PageQuery page) {
        return outbox.page(page).map(this::entry);
    }

    /** Whether messages leave by SMTP; without it they are held on the outbox page. */
    public boolean smtpConfigured() {
        return relay.smtpConfigured();
    }

    private OutboxEntry entry(Outbox.StoredMessage message) {
        RenderedMessage rendered;
        try {
            rendered = renderer.render(message.template(), message.language(), message.parameters());
        } catch (RuntimeException unrenderable) {
            rendered = null; // the page says so; the relay records the same failure when it tries to send
        }
        // Only links into this site are offered as links, so a parameter cannot turn the page into a link farm.
        var links = rendered == null ? List.<String>of() : LINK.matcher(rendered.body()).results()
                .map(match -> match.group()).filter(link -> link.startsWith(baseUrl)).distinct().toList();
        return new OutboxEntry(message.id(), message.recipient(), message.language(), message.template(),
                message.status(), message.attempts(), message.createdAt(), message.nextAttemptAt(), message.sentAt(),
                message.lastError(), rendered == null ? null : rendered.subject(),
                rendered == null ? null : rendered.body(), links);
    }
}
