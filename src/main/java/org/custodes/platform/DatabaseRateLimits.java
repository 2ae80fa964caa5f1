package org.custodes.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.RecoveryStrategy;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.Optimization;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import org.jspecify.annotations.Nullable;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.custodes.shared.ClockTimeMeter;
import org.custodes.shared.MasterKey;
import org.custodes.shared.RateLimits;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The rate limits of every node in one table, {@code platform.rate_limit_bucket}, through Bucket4j's PostgreSQL
 * proxy manager: a take locks the bucket's row ({@code select ... for update}) in a short transaction of its own, so
 * takes from two nodes are serialised by the database and the limit holds for the cluster. The row's id is the
 * purpose and limit in clear and the key as an HMAC under a key derived from the master key, so the table holds no
 * client address or e-mail address; a row expires once its bucket is full again (by the wall clock, as Bucket4j reckons expiry) and is deleted by a
 * job.
 */
@Component
class DatabaseRateLimits implements RateLimits {

    /** Rows removed per statement by the clean-up job, so it never holds many locks at once. */
    private static final int REMOVED_PER_BATCH = 1_000;
    private static final int REMEMBERED_HANDLES = 10_000;
    /** An approximate bucket tells the database what this node took at least this often. */
    private static final Duration UNSYNCHRONISED_AT_MOST = Duration.ofMillis(200);

    /** Rows are kept this long after their bucket is full again, so a clean-up never races a take. */
    private static final Duration KEPT_WHEN_FULL = Duration.ofSeconds(10);

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final SecretKeySpec keyHashKey;
    /**
     * The handles of recently used buckets. The row holds the count; one handle per bucket lets an approximate bucket
     * count locally between two visits to the database.
     */
    private final Map<String, BucketProxy> recent = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BucketProxy> eldest) {
            return size() > REMEMBERED_HANDLES;
        }
    };

    @Autowired
    DatabaseRateLimits(DataSource dataSource, Clock clock, MasterKey masterKey) {
        this(dataSource, clock, masterKey, KEPT_WHEN_FULL);
    }

    DatabaseRateLimits(DataSource dataSource, Clock clock, MasterKey masterKey, Duration keptWhenFull) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("platform.rate_limit_bucket")
                .idColumn("id").stateColumn("state").expiresAtColumn("expires_at")
                .clientClock(new ClockTimeMeter(clock))
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(keptWhenFull))
                .build();
        this.keyHashKey = masterKey.derive("platform/rate-limit-key/v1");
    }

    @Override
    public Bucket bucket(String purpose, String key, long capacity, Duration period) {
        // No batching: Bucket4j 8.14's batching does not rebuild a bucket whose row has no state yet when several takes
        // arrive together (BucketNotFoundException, seen after a restore); these limits guard low-volume paths.
        return handle(purpose, key, capacity, period, null);
    }

    @Override
    public Bucket approximateBucket(String purpose, String key, long capacity, Duration period) {
        return handle(purpose + "~", key, capacity, period, Optimizations.delaying(
                new DelayParameters(RateLimits.tolerancePerNode(capacity), UNSYNCHRONISED_AT_MOST)));
    }

    private Bucket handle(String purpose, String key, long capacity, Duration period,
            @Nullable Optimization optimization) {
        var id = purpose + "/" + capacity + "/" + period + "/" + hashed(key);
        synchronized (recent) {
            // A row without a state (inserted, not yet written, as a restore from a backup can leave it) is rebuilt
            // from the configuration instead of failing the request.
            return recent.computeIfAbsent(id, name -> {
                var builder = buckets.builder().withRecoveryStrategy(RecoveryStrategy.RECONSTRUCT);
                var configured = optimization == null ? builder : builder.withOptimization(optimization);
                return configured.build(name, () -> BucketConfiguration.builder()
                        .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, period))
                        .build());
            });
        }
    }

    /** Deletes the rows of buckets that are full again (an expired bucket and a missing one allow the same). */
    @Scheduled(fixedDelayString = "${custodes.rate-limits.clean-up-delay:PT10M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "platform.rate-limit-clean-up", lockAtMostFor = "PT5M")
    public void removeExpired() {
        while (buckets.removeExpired(REMOVED_PER_BATCH) == REMOVED_PER_BATCH) {
            // another full batch may be waiting
        }
    }

    private String hashed(String key) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(keyHashKey);
            var digest = mac.doFinal(key.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
