package org.custodes.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

/**
 * How many sign-in attempts (passwords and second-factor codes) one client address may make: a token bucket per
 * address, kept in memory on each node. It stops one machine from trying many accounts; the per-account lock-out,
 * shared by all nodes, stops many machines from trying one account.
 */
final class ClientThrottle {

    private static final int REMEMBERED_CLIENTS = 10_000;

    private final Map<String, Bucket> buckets;
    private final long attempts;
    private final Duration period;
    private final TimeMeter time;

    ClientThrottle(Clock clock, long attempts, Duration period) {
        this.attempts = attempts;
        this.period = period;
        this.time = new ClockTimeMeter(clock);
        // The oldest addresses are forgotten first, so a flood of addresses cannot exhaust memory.
        this.buckets = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
                return size() > REMEMBERED_CLIENTS;
            }
        };
    }

    /** Takes one attempt from the client's allowance; false when the allowance is used up for now. */
    boolean tryAttempt(String clientAddress) {
        Bucket bucket;
        synchronized (buckets) {
            bucket = buckets.computeIfAbsent(clientAddress, address -> Bucket.builder()
                    .addLimit(limit -> limit.capacity(attempts).refillGreedy(attempts, period))
                    .withCustomTimePrecision(time)
                    .build());
        }
        return bucket.tryConsume(1);
    }

    /** Bucket4j measures time through the injected clock, so tests can move it. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {

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
