package org.custodes.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.custodes.shared.MasterKey;
import org.custodes.shared.RateLimits;
import org.custodes.support.IntegrationTest;
import org.custodes.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two nodes, each with its own {@link DatabaseRateLimits} on the one database, take from one allowance: together they
 * allow what one would, also when they take at the same moment. {@code bench/two-node-test.sh} shows the same for two
 * running applications.
 */
@IntegrationTest
class RateLimitsIntegrationTests {

    @Autowired DataSource dataSource;
    @Autowired MasterKey masterKey;
    @Autowired JdbcClient jdbc;

    final MovableClock clock = new MovableClock(Instant.now());

    @Test
    void twoNodesTogetherAllowNoMoreThanOne() {
        var node1 = new DatabaseRateLimits(dataSource, clock, masterKey);
        var node2 = new DatabaseRateLimits(dataSource, clock, masterKey);
        var client = "203.0.113." + UUID.randomUUID();
        var allowed = 0;
        for (var i = 0; i < 15; i++) {
            allowed += node1.bucket("test/two-nodes", client, 20, Duration.ofHours(1)).tryConsume(1) ? 1 : 0;
            allowed += node2.bucket("test/two-nodes", client, 20, Duration.ofHours(1)).tryConsume(1) ? 1 : 0;
        }
        assertThat(allowed).as("30 attempts on two nodes against one allowance of 20").isEqualTo(20);
        assertThat(node1.bucket("test/two-nodes", "another client", 20, Duration.ofHours(1)).tryConsume(1))
                .as("another client keeps its own allowance").isTrue();
    }

    @Test
    void anApproximateBucketAllowsEachNodeAtMostItsToleranceMore() {
        var node1 = new DatabaseRateLimits(dataSource, clock, masterKey);
        var node2 = new DatabaseRateLimits(dataSource, clock, masterKey);
        var client = "203.0.113." + UUID.randomUUID();
        var allowed = 0;
        for (var i = 0; i < 150; i++) {
            allowed += node1.approximateBucket("test/approximate", client, 200, Duration.ofHours(1)).tryConsume(1) ? 1 : 0;
            allowed += node2.approximateBucket("test/approximate", client, 200, Duration.ofHours(1)).tryConsume(1) ? 1 : 0;
        }
        assertThat(allowed).as("300 attempts on two nodes against 200 with a tolerance of 2 per node")
                .isBetween(200, 200 + 2 * (int) RateLimits.tolerancePerNode(200));
    }

    @Test
    void takesAtTheSameMomentOnTwoNodesAreCountedOnce() throws Exception {
        var nodes = new DatabaseRateLimits[] { new DatabaseRateLimits(dataSource, clock, masterKey),
                new DatabaseRateLimits(dataSource, clock, masterKey) };
        var client = "198.51.100." + UUID.randomUUID();
        var allowed = new AtomicInteger();
        var takes = new ArrayList<Callable<Void>>();
        for (var worker = 0; worker < 8; worker++) {
            var node = nodes[worker % 2];
            takes.add(() -> {
                for (var i = 0; i < 10; i++) {
                    if (node.bucket("test/concurrent", client, 25, Duration.ofHours(1)).tryConsume(1)) {
                        allowed.incrementAndGet();
                    }
                }
                return null;
            });
        }
        try (var pool = Executors.newFixedThreadPool(8)) {
            for (var future : pool.invokeAll(takes)) {
                future.get();
            }
        }
        assertThat(allowed).as("80 concurrent attempts against an allowance of 25").hasValue(25);
    }

    @Test
    void theTableHoldsNoClientAddressAndForgetsFullBuckets() {
        var limits = new DatabaseRateLimits(dataSource, Clock.systemUTC(), masterKey, Duration.ZERO);
        var address = "192.0.2." + UUID.randomUUID();
        limits.bucket("test/forget", address, 5, Duration.ofSeconds(1)).tryConsume(3);
        var ids = jdbc.sql("select id from platform.rate_limit_bucket where id like 'test/forget/%'")
                .query(String.class).list();
        assertThat(ids).hasSize(1).allSatisfy(id -> assertThat(id).doesNotContain(address));

        // Full again after 0.6 s: then the clean-up deletes the row.
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            limits.removeExpired();
            assertThat(jdbc.sql("select count(*) from platform.rate_limit_bucket where id like 'test/forget/%'")
                    .query(Long.class).single()).as("a bucket full again is deleted").isZero();
        });
        assertThat(limits.bucket("test/forget", address, 5, Duration.ofSeconds(1)).tryConsume(5))
                .as("and allows the whole limit again").isTrue();
    }
}
