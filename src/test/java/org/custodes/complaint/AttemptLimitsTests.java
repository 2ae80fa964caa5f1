package org.custodes.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

/** Case 36: a flood is refused per client, and the same client may submit again once the window has passed. */
class AttemptLimitsTests {

    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");

        @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
        @Override public Clock withZone(java.time.ZoneId zone) { return this; }
        @Override public Instant instant() { return now; }
    }

    @Test
    void aClientOverItsAllowanceWaitsAndThenSubmitsAgain() {
        var clock = new MovableClock();
        var meters = new SimpleMeterRegistry();
        var limits = new AttemptLimits("submission", 3, 100, clock, meters);
        for (var i = 0; i < 3; i++) {
            limits.take("client-a");
        }
        assertThatExceptionOfType(TooManyAttempts.class).isThrownBy(() -> limits.take("client-a"))
                .satisfies(e -> assertThat(e.retryAfterSeconds()).isPositive());
        limits.take("client-b");

        clock.now = clock.now.plus(Duration.ofHours(1));
        limits.take("client-a");
    }

    @Test
    void failuresAcrossAllClientsRaiseTheSurgeAlarmOncePerMinute() {
        var clock = new MovableClock();
        var meters = new SimpleMeterRegistry();
        var limits = new AttemptLimits("follow-up sign-in", 10, 5, clock, meters);
        for (var i = 0; i < 20; i++) {
            limits.failed();
        }
        assertThat(meters.get("custodes.complaint.surge").counter().count()).isEqualTo(1.0);
        clock.now = clock.now.plus(Duration.ofSeconds(61));
        for (var i = 0; i < 20; i++) {
            limits.failed();
        }
        assertThat(meters.get("custodes.complaint.surge").counter().count()).isEqualTo(2.0);
    }
}
