package org.custodes.complaint.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.Instant;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.custodes.complaint.TooManyAttempts;
import org.custodes.support.LocalRateLimits;
import org.custodes.support.MovableClock;
import org.junit.jupiter.api.Test;

/** Case 36: a flood is refused per client, and the same client may submit again once the window has passed. */
class AttemptLimitsTests {


    @Test
    void aClientOverItsAllowanceWaitsAndThenSubmitsAgain() {
        var clock = new MovableClock(Instant.parse("2026-11-22T10:00:00Z"));
        var meters = new SimpleMeterRegistry();
        var limits = new AttemptLimits("submission", 3, 100, new LocalRateLimits(clock), clock, meters);
        for (var i = 0; i < 3; i++) {
            limits.take("client-a");
        }
        assertThatExceptionOfType(TooManyAttempts.class).isThrownBy(() -> limits.take("client-a"))
                .satisfies(e -> assertThat(e.retryAfterSeconds()).isPositive());
        limits.take("client-b");

        clock.advance(Duration.ofHours(1));
        limits.take("client-a");
    }

    @Test
    void failuresAcrossAllClientsRaiseTheSurgeAlarmOncePerMinute() {
        var clock = new MovableClock(Instant.parse("2026-11-22T10:00:00Z"));
        var meters = new SimpleMeterRegistry();
        var limits = new AttemptLimits("follow-up sign-in", 10, 5, new LocalRateLimits(clock), clock, meters);
        for (var i = 0; i < 20; i++) {
            limits.failed();
        }
        assertThat(meters.get("custodes.complaint.surge").counter().count()).isEqualTo(1.0);
        clock.advance(Duration.ofSeconds(61));
        for (var i = 0; i < 20; i++) {
            limits.failed();
        }
        assertThat(meters.get("custodes.complaint.surge").counter().count()).isEqualTo(2.0);
    }
}
