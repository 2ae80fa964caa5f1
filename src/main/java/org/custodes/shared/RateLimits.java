package org.custodes.shared;

import java.time.Duration;

import io.github.bucket4j.Bucket;

/**
 * Token buckets (Bucket4j) for the limits that guard sign-in, password reset, the complaint intake and the public
 * APIs. The application's buckets live in PostgreSQL, so every node takes from one allowance: two nodes together allow
 * no more than one would. A bucket is named by its purpose, its limit and the client or account it counts; the key is
 * stored only as a keyed hash, and a bucket's row expires once it would have refilled.
 */
public interface RateLimits {

    /**
     * The bucket that lets {@code key} (a client address, an e-mail address, ...) make {@code capacity} attempts per
     * {@code period} for {@code purpose}, refilled steadily. A changed limit is a new bucket.
     */
    Bucket bucket(String purpose, String key, long capacity, Duration period);

    /**
     * As {@link #bucket}, for a limit on a high-volume public API: each node may take up to one per cent of the
     * capacity (at least one) before it tells the database, so most takes cost no database round trip and the cluster
     * allows at most that many more per node. The guards of accounts and of the complaint intake use exact buckets.
     */
    Bucket approximateBucket(String purpose, String key, long capacity, Duration period);

    /** How many takes one node may make beyond an approximate bucket's capacity. */
    static long tolerancePerNode(long capacity) {
        return Math.max(1, capacity / 100);
    }
}
