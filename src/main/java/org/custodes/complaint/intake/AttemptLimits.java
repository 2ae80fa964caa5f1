package org.custodes.complaint.intake;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.custodes.complaint.TooManyAttempts;
import org.custodes.shared.RateLimits;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-client allowances for one kind of attempt, and an alarm when failures across all clients surge, which a
 * per-client limit cannot see (a distributed guessing campaign). Both are buckets shared by every node. Clients are
 * known only by the keyed hash the intake makes of them, which the bucket table hashes once more; a bucket's row is
 * gone once its allowance is full again.
 */
public final class AttemptLimits {

    private static final Logger log = LoggerFactory.getLogger(AttemptLimits.class);

    private final String name;
    private final int perHour;
    private final int surgePerMinute;
    private final RateLimits limits;
    private final Clock clock;
    private final Counter surgeCounter;
    private final AtomicLong lastAlarm = new AtomicLong(Long.MIN_VALUE);

    public AttemptLimits(String name, int perHour, int surgePerMinute, RateLimits limits, Clock clock, MeterRegistry meters) {
        this.name = name;
        this.perHour = perHour;
        this.surgePerMinute = surgePerMinute;
        this.limits = limits;
        this.clock = clock;
        this.surgeCounter = Counter.builder("custodes.complaint.surge").tag("kind", name)
                .description("Minutes in which failures across all clients exceeded the alarm threshold")
                .register(meters);
    }

    /** Takes one attempt from the client's allowance, or refuses with the time to wait. */
    public void take(String client) {
        var probe = limits.bucket("complaint/" + name, client, perHour, Duration.ofHours(1))
                .tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            failed();
            throw new TooManyAttempts(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds()));
        }
    }

    /** Counts a failure towards the surge alarm of all clients on all nodes. */
    public void failed() {
        if (!limits.bucket("complaint/" + name + "/surge", "all clients", surgePerMinute, Duration.ofMinutes(1))
                .tryConsume(1)) {
            var minute = clock.millis() / Duration.ofMinutes(1).toMillis();
            if (lastAlarm.getAndSet(minute) != minute) {
                surgeCounter.increment();
                log.warn("Complaint {} failures across all clients exceed the alarm threshold this minute", name);
            }
        }
    }
}
