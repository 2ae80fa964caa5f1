package org.custodes.identity.signin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * When an account stops accepting sign-in attempts: after {@code maxFailures} wrong passwords or codes in a row it
 * is locked for {@code firstLock}, and each further lock-out lasts twice as long as the one before (up to
 * {@code longestLock}). A correct sign-in forgives everything. The delay grows fast enough to make guessing hopeless
 * while a person who mistypes is only held up for a minute.
 */
final class LockoutPolicy {

    /** What an account has done lately: failures since the last lock or success, lock-outs so far, and until when. */
    record Record(int failures, int lockouts, @Nullable Instant lockedUntil) {

        static final Record CLEAN = new Record(0, 0, null);
    }

    private final Clock clock;
    private final int maxFailures;
    private final Duration firstLock;
    private final Duration longestLock;

    LockoutPolicy(Clock clock, int maxFailures, Duration firstLock, Duration longestLock) {
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.firstLock = firstLock;
        this.longestLock = longestLock;
    }

    boolean locked(Record record) {
        return record.lockedUntil() != null && clock.instant().isBefore(record.lockedUntil());
    }

    /** The record after one more failure; when it reaches the limit the account is locked from now. */
    Record afterFailure(Record record) {
        var failures = record.failures() + 1;
        if (failures < maxFailures) {
            return new Record(failures, record.lockouts(), record.lockedUntil());
        }
        var lockouts = record.lockouts() + 1;
        return new Record(0, lockouts, clock.instant().plus(lockDuration(lockouts)));
    }

    Duration lockDuration(int lockouts) {
        var doublings = Math.min(lockouts - 1, 30);
        var duration = firstLock.multipliedBy(1L << doublings);
        return duration.compareTo(longestLock) > 0 ? longestLock : duration;
    }
}
