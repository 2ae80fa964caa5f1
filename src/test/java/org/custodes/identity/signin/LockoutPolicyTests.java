package org.custodes.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.custodes.support.MovableClock;
import org.junit.jupiter.api.Test;

class LockoutPolicyTests {

    final MovableClock clock = new MovableClock(Instant.parse("2026-11-22T10:00:00Z"));
    final LockoutPolicy policy = new LockoutPolicy(clock, 5, Duration.ofMinutes(1), Duration.ofHours(24));

    @Test
    void fourFailuresDoNotLockButTheFifthLocksForAMinute() {
        var record = fail(LockoutPolicy.Record.CLEAN, 4);
        assertThat(policy.locked(record)).isFalse();

        record = policy.afterFailure(record);

        assertThat(policy.locked(record)).isTrue();
        assertThat(record.lockedUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(1)));
        clock.advance(Duration.ofSeconds(59));
        assertThat(policy.locked(record)).isTrue();
        clock.advance(Duration.ofSeconds(1));
        assertThat(policy.locked(record)).isFalse();
    }

    @Test
    void eachFurtherLockoutLastsTwiceAsLong() {
        var record = fail(LockoutPolicy.Record.CLEAN, 5);
        clock.advance(Duration.ofMinutes(1));

        record = fail(record, 5);

        assertThat(record.lockouts()).isEqualTo(2);
        assertThat(record.lockedUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(2)));
        clock.advance(Duration.ofMinutes(2));
        record = fail(record, 5);
        assertThat(record.lockedUntil()).isEqualTo(clock.instant().plus(Duration.ofMinutes(4)));
    }

    @Test
    void theLongestLockoutIsCapped() {
        assertThat(policy.lockDuration(11)).isEqualTo(Duration.ofMinutes(1024));
        assertThat(policy.lockDuration(12)).isEqualTo(Duration.ofHours(24));
        assertThat(policy.lockDuration(500)).isEqualTo(Duration.ofHours(24));
    }

    private LockoutPolicy.Record fail(LockoutPolicy.Record record, int times) {
        for (var i = 0; i < times; i++) {
            record = policy.afterFailure(record);
        }
        return record;
    }
}
