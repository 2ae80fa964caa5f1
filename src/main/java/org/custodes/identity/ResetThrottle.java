package org.custodes.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import org.springframework.stereotype.Component;

/**
 * Limits password-reset requests per e-mail address (so nobody floods a person's inbox) and per client (so nobody
 * sprays addresses). The limits do not depend on whether the address exists, so they reveal nothing either.
 * Buckets live in memory on each node; a node restart forgets them, which only ever loosens the limit briefly.
 */
@Component
class ResetThrottle {

    static final int PER_EMAIL = 5;
    static final int PER_CLIENT = 20;
    static final Duration WINDOW = Duration.ofHours(1);
    /** Bounds memory under a spray of distinct keys; the least recently used buckets are forgotten first. */
    private static final int MAXIMUM_BUCKETS = 10_000;

    private final TimeMeter time;
    private final Map<String, Bucket> buckets = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Bucket> eldest) {
            return size() > MAXIMUM_BUCKETS;
        }
    };

    ResetThrottle(Clock clock) {
        this.time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                var now = clock.instant();
                return now.getEpochSecond() * 1_000_000_000L + now.getNano();
            }

            @Override
            public boolean isWallClockBased() {
                return true;
            }
        };
    }

    /** Takes one request from both allowances; true when the request may go ahead. */
    synchronized boolean allow(String email, String client) {
        var byEmail = bucket("email:" + email.strip().toLowerCase(Locale.ROOT), PER_EMAIL);
        var byClient = bucket("client:" + client, PER_CLIENT);
        if (byEmail.getAvailableTokens() < 1 || byClient.getAvailableTokens() < 1) {
            return false;
        }
        return byEmail.tryConsume(1) && byClient.tryConsume(1);
    }

    private Bucket bucket(String key, int capacity) {
        return buckets.computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, WINDOW).build())
                .withCustomTimePrecision(time)
                .build());
    }
}
