package org.custodes.shared;

import java.time.Clock;

import io.github.bucket4j.TimeMeter;

/** Bucket4j measures time through the application's clock, so tests can move it. */
public record ClockTimeMeter(Clock clock) implements TimeMeter {

    @Override
    public long currentTimeNanos() {
        var now = clock.instant();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public boolean isWallClockBased() {
        return true;
    }
}
