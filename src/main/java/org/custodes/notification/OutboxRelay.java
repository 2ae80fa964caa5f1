package org.custodes.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.mail.MessagingException;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox over SMTP.
 * <p>
 * Delivery is at least once, with a key to drop duplicates: a message is claimed (SENDING) in a committed step, then
 * sent, then marked SENT. If the node dies between sending and marking, the claim goes stale and the message is sent
 * again after {@link #STUCK_AFTER}, with the same {@code Message-ID} ({@code <outbox-id@custodes>}) so mail servers
 * and clients that deduplicate on it show it once. The opposite choice (mark first, send after) could lose a message
 * for good, which is worse for an invitation or a complaint receipt than a rare duplicate.
 */
@Component
class OutboxRelay {

    static final int MAX_ATTEMPTS = 10;
    static final Duration STUCK_AFTER = Duration.ofMinutes(10);
    static final Duration MAX_BACKOFF = Duration.ofHours(6);
    private static final int BATCH_SIZE = 10;
    private static final int BATCHES_PER_RUN = 20;
    private static final int MAX_ERROR_LENGTH = 500;
    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private final Outbox outbox;
    private final MessageRenderer renderer;
    private final @Nullable JavaMailSender configuredSender;
    private final String from;
    private final Clock clock;

    OutboxRelay(Outbox outbox, MessageRenderer renderer, ObjectProvider<JavaMailSender> senders,
            @Value("${spring.mail.host:}") String host, @Value("${custodes.mail.from}") String from, Clock clock) {
        this.outbox = outbox;
        this.renderer = renderer;
        // Boot may create a sender even for an empty host; without a host there is no SMTP to speak of.
        this.configuredSender = host.isBlank() ? null : senders.getIfAvailable();
        this.from = from;
        this.clock = clock;
    }

    boolean smtpConfigured() {
        return configuredSender != null;
    }

    @Scheduled(fixedDelayString = "${custodes.notification.relay-delay:PT5S}", initialDelayString = "PT15S")
    @SchedulerLock(name = "notification.outbox-relay", lockAtMostFor = "PT15M")
    public void relay() {
        relay(configuredSender, clock.instant());
    }

    /**
     * One run: hold everything when there is no SMTP; else release what was held (SMTP has been configured since)
     * and send due messages in small batches.
     */
    void relay(@Nullable JavaMailSender sender, Instant now) {
        if (sender == null) {
            outbox.holdPending();
            return;
        }
        var released = outbox.releaseHeld(now);
        if (released > 0) {
            log.info("SMTP is configured: {} held messages released for sending", released);
        }
        for (var batch = 0; batch < BATCHES_PER_RUN; batch++) {
            var claimed = claim(now);
            if (claimed.isEmpty()) {
                return;
            }
            for (var message : claimed) {
                try {
                    send(message, sender);
                    outbox.markSent(message.id(), now);
                } catch (RuntimeException | MessagingException e) {
                    failed(message, e, now);
                }
            }
        }
    }

    java.util.List<Outbox.StoredMessage> claim(Instant now) {
        return outbox.claim(now, now.minus(STUCK_AFTER), BATCH_SIZE);
    }

    void send(Outbox.StoredMessage message, JavaMailSender sender) throws MessagingException {
        var rendered = renderer.render(message.template(), message.language(), message.parameters());
        var mime = sender.createMimeMessage();
        var helper = new MimeMessageHelper(mime, "UTF-8");
        helper.setFrom(from);
        helper.setTo(message.recipient());
        helper.setSubject(rendered.subject());
        helper.setText(rendered.body(), false);
        mime.setHeader("Content-Language", message.language().code());
        // Spring's sender keeps an explicit Message-ID instead of generating one, so every retry carries this one.
        mime.setHeader("Message-ID", message.messageId());
        sender.send(mime);
    }

    private void failed(Outbox.StoredMessage message, Exception e, Instant now) {
        var attempts = message.attempts() + 1;
        var status = attempts >= MAX_ATTEMPTS ? MessageStatus.FAILED : MessageStatus.PENDING;
        var error = describe(e);
        log.warn("Message {} ({}) not sent, attempt {}: {}", message.id(), message.template(), attempts, error);
        outbox.markFailed(message.id(), status, attempts, now.plus(backoff(attempts)), error);
    }

    /** 1, 2, 4 … minutes after the first, second, third … failure, never more than six hours. */
    static Duration backoff(int attempts) {
        var minutes = 1L << Math.min(Math.max(attempts - 1, 0), 20);
        var delay = Duration.ofMinutes(minutes);
        return delay.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : delay;
    }

    /** The error in a line an operator can read: type and message, no stack trace, bounded. */
    static String describe(Exception e) {
        var text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        text = text.replaceAll("\\s+", " ").trim();
        return text.length() > MAX_ERROR_LENGTH ? text.substring(0, MAX_ERROR_LENGTH) : text;
    }
}
