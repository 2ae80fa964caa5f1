package org.custodes.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.custodes.support.LocalRateLimits;
import org.custodes.support.MovableClock;
import org.junit.jupiter.api.Test;

class ClientThrottleTests {

    final MovableClock clock = new MovableClock(Instant.parse("2026-11-22T10:00:00Z"));
    final ClientThrottle throttle = new ClientThrottle(new LocalRateLimits(clock), 20, Duration.ofMinutes(1));

    @Test
    void aClientMayTryTwentyTimesAMinute() {
        for (var i = 0; i < 20; i++) {
            assertThat(throttle.tryAttempt("203.0.113.7")).as("attempt %d", i + 1).isTrue();
        }
        assertThat(throttle.tryAttempt("203.0.113.7")).isFalse();
    }

    @Test
    void oneClientUsingItsAllowanceDoesNotStopAnother() {
        for (var i = 0; i < 25; i++) {
            throttle.tryAttempt("203.0.113.7");
        }
        assertThat(throttle.tryAttempt("198.51.100.9")).isTrue();
    }

    @Test
    void theAllowanceComesBackWithTime() {
        for (var i = 0; i < 20; i++) {
            throttle.tryAttempt("203.0.113.7");
        }
        clock.advance(Duration.ofSeconds(3));
        assertThat(throttle.tryAttempt("203.0.113.7")).as("one attempt back after 3 s").isTrue();
        assertThat(throttle.tryAttempt("203.0.113.7")).isFalse();
        clock.advance(Duration.ofMinutes(1));
        for (var i = 0; i < 20; i++) {
            assertThat(throttle.tryAttempt("203.0.113.7")).isTrue();
        }
    }
}
