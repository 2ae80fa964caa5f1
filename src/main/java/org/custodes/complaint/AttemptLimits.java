package org.custodes.complaint;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Per-client allowances (Bucket4j) for one kind of attempt, and an alarm when failures across all clients surge,
 * which a per-client limit cannot see (a distributed guessing campaign). Clients are known only by a keyed hash that
 * lives in memory; nothing here is written anywhere.
 */
final class AttemptLimits {

    private static final Logger log = LoggerFactory.getLogger(AttemptLimits.class);
    private static final int MAX_TRACKED_CLIENTS = 100_000;

    private final String name;
    private final int perHour;
    private final TimeMeter time;
    private final Map<String, Bucket> clients = new ConcurrentHashMap<>();
    private final Bucket surge;
    private final Counter surgeCounter;
    private final AtomicLong lastAlarm = new AtomicLong(Long.MIN_VALUE);

    AttemptLimits(String name, int perHour, int surgePerMinute, Clock clock, MeterRegistry meters) {
        this.name = name;
        this.perHour = perHour;
        this.time = new ClockTime(clock);
        this.surge = Bucket.builder().withCustomTimePrecision(time)
                .addLimit(limit -> limit.capacity(surgePerMinute).refillGreedy(surgePerMinute, Duration.ofMinutes(1)))
                .build();
        this.surgeCounter = Counter.builder("custodes.complaint.surge").tag("kind", name)
                .description("Minutes in which failures across all clients exceeded the alarm threshold")
                .register(meters);
    }

    /** Takes one attempt from the client's allowance, or refuses with the time to wait. */
    void take(String client) {
        if (clients.size() > MAX_TRACKED_CLIENTS) {
            clients.clear(); // bounded memory under a flood of distinct clients; the surge alarm still counts
        }
        var bucket = clients.computeIfAbsent(client, key -> Bucket.builder().withCustomTimePrecision(time)
                .addLimit(limit -> limit.capacity(perHour).refillGreedy(perHour, Duration.ofHours(1))).build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (!probe.isConsumed()) {
            failed();
            throw new TooManyAttempts(Math.max(1, Duration.ofNanos(probe.getNanosToWaitForRefill()).toSeconds()));
        }
    }

    /** Counts a failure towards the global surge alarm. */
    void failed() {
        if (!surge.tryConsume(1)) {
            var minute = time.currentTimeNanos() / Duration.ofMinutes(1).toNanos();
            if (lastAlarm.getAndSet(minute) != minute) {
                surgeCounter.increment();
                log.warn("Complaint {} failures across all clients exceed the alarm threshold this minute", name);
            }
        }
    }

    private record ClockTime(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            var now = clock.instant();
            return now.getEpochSecond() * 1_000_000_000L + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
