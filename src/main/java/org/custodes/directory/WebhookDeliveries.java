package org.custodes.directory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.custodes.shared.BusinessRuleViolation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers queued webhooks, signed, retrying failures with exponential backoff (30 s, 1 min, 2 min... capped at
 * 6 h) and giving up after {@value #MAX_ATTEMPTS} attempts. ShedLock keeps the schedule to one node, and each run
 * claims its deliveries with a lease, so no delivery is sent twice even when runs meet; no transaction is held while
 * a receiver answers.
 */
@Component
class WebhookDeliveries {

    static final int MAX_ATTEMPTS = 8;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_WAIT = Duration.ofHours(6);
    private static final int BATCH = 50;
    /** Longer than a batch of attempts can take (each waits at most the transport's timeouts). */
    private static final Duration LEASE = Duration.ofMinutes(5);
    private static final Logger log = LoggerFactory.getLogger(WebhookDeliveries.class);

    private final Webhooks webhooks;
    private final WebhookTargets targets;
    private final WebhookTransport transport;
    private final KeyProtection protection;
    private final Clock clock;

    WebhookDeliveries(Webhooks webhooks, WebhookTargets targets, WebhookTransport transport, KeyProtection protection,
            Clock clock) {
        this.webhooks = webhooks;
        this.targets = targets;
        this.transport = transport;
        this.protection = protection;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${custodes.directory.webhooks.delivery-interval:PT15S}")
    @SchedulerLock(name = "directory-webhook-delivery", lockAtMostFor = "PT5M")
    public void deliverDue() {
        var now = clock.instant();
        for (var due : webhooks.claimDue(now, now.plus(LEASE), BATCH)) {
            attempt(due);
        }
    }

    private void attempt(Webhooks.Due due) {
        var body = due.payload().getBytes(StandardCharsets.UTF_8);
        try {
            var target = targets.check(due.webhook().url());
            var secret = new String(protection.open(due.webhook().secret(), due.webhook().protection(),
                    Webhooks.secretPurpose(due.webhook().id())), StandardCharsets.UTF_8);
            var timestamp = clock.instant().getEpochSecond();
            var status = transport.post(target, Map.of(
                    "X-Custodes-Event-Id", due.eventId().toString(),
                    "X-Custodes-Timestamp", Long.toString(timestamp),
                    "X-Custodes-Signature", WebhookSignature.sign(secret, timestamp, body)), body);
            if (status >= 200 && status < 300) {
                webhooks.delivered(due.id(), status, clock.instant());
            } else {
                failed(due, status, "HTTP " + status);
            }
        } catch (BusinessRuleViolation refused) {
            failed(due, null, refused.messageKey());
        } catch (IOException | RuntimeException e) {
            log.debug("Webhook delivery {} failed", due.id(), e);
            failed(due, null, e.getClass().getSimpleName());
        }
    }

    private void failed(Webhooks.Due due, @Nullable Integer status, String error) {
        var attempts = due.attempts() + 1;
        webhooks.failed(due.id(), status, error, attempts >= MAX_ATTEMPTS ? null : nextAttempt(attempts), clock.instant());
    }

    private Instant nextAttempt(int attemptsSoFar) {
        var wait = FIRST_RETRY.multipliedBy(1L << Math.min(attemptsSoFar - 1, 20));
        return clock.instant().plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    }
}
