package org.custodes.identity.passwordreset;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.custodes.support.LocalRateLimits;
import org.custodes.support.MovableClock;
import org.junit.jupiter.api.Test;

class ResetThrottleTests {

    /** A clock the test moves by hand. */

    @Test
    void limitsRequestsPerEmailAddressWhateverTheClient() {
        var clock = new MovableClock(Instant.parse("2026-11-22T10:00:00Z"));
        var throttle = new ResetThrottle(new LocalRateLimits(clock));
        for (var i = 0; i < ResetThrottle.PER_EMAIL; i++) {
            assertThat(throttle.allow("Someone@Example.org", "client-" + i)).isTrue();
        }
        assertThat(throttle.allow("someone@example.org", "another-client")).isFalse();
        assertThat(throttle.allow("someone-else@example.org", "another-client")).isTrue();
    }

    @Test
    void limitsRequestsPerClientWhateverTheAddress() {
        var throttle = new ResetThrottle(new LocalRateLimits(new MovableClock(Instant.parse("2026-11-22T10:00:00Z"))));
        for (var i = 0; i < ResetThrottle.PER_CLIENT; i++) {
            assertThat(throttle.allow("person" + i + "@example.org", "198.51.100.7")).isTrue();
        }
        assertThat(throttle.allow("fresh@example.org", "198.51.100.7")).isFalse();
        assertThat(throttle.allow("fresh@example.org", "198.51.100.8")).isTrue();
    }

    @Test
    void theAllowanceComesBackWithTime() {
        var clock = new MovableClock(Instant.parse("2026-11-22T10:00:00Z"));
        var throttle = new ResetThrottle(new LocalRateLimits(clock));
        for (var i = 0; i < ResetThrottle.PER_EMAIL; i++) {
            throttle.allow("someone@example.org", "client");
        }
        assertThat(throttle.allow("someone@example.org", "client")).isFalse();
        clock.advance(ResetThrottle.WINDOW.plus(Duration.ofSeconds(1)));
        assertThat(throttle.allow("someone@example.org", "client")).isTrue();
    }

    @Test
    void aRefusedRequestDoesNotSpendTheOtherAllowance() {
        var throttle = new ResetThrottle(new LocalRateLimits(new MovableClock(Instant.parse("2026-11-22T10:00:00Z"))));
        for (var i = 0; i < ResetThrottle.PER_EMAIL; i++) {
            throttle.allow("target@example.org", "client-a");
        }
        for (var i = 0; i < 10; i++) {
            assertThat(throttle.allow("target@example.org", "client-a")).isFalse();
        }
        // client-a used 5 of its 20; the 10 refusals must not have counted against it
        for (var i = 0; i < ResetThrottle.PER_CLIENT - ResetThrottle.PER_EMAIL; i++) {
            assertThat(throttle.allow("other" + i + "@example.org", "client-a")).isTrue();
        }
    }
}
