package org.custodes.support;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import io.github.bucket4j.Bucket;
import org.custodes.shared.ClockTimeMeter;
import org.custodes.shared.RateLimits;

/**
 * The rate limits of a domain test: the same Bucket4j buckets as the database's, kept in memory and timed by the
 * test's clock. {@code RateLimitsIntegrationTests} shows that the database's buckets are shared between nodes.
 */
public final class LocalRateLimits implements RateLimits {

    private final Map<String, Bucket> buckets = new HashMap<>();
    private final ClockTimeMeter time;

    public LocalRateLimits(Clock clock) {
        this.time = new ClockTimeMeter(clock);
    }

    @Override
    public synchronized Bucket bucket(String purpose, String key, long capacity, Duration period) {
        return buckets.computeIfAbsent(purpose + "/" + capacity + "/" + period + "/" + key,
                name -> Bucket.builder().withCustomTimePrecision(time)
                        .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period)).build());
    }

    /** One node alone: its approximate buckets are exact. */
    @Override
    public Bucket approximateBucket(String purpose, String key, long capacity, Duration period) {
        return bucket(purpose, key, capacity, period);
    }
}
