package org.custodes.oversight;

import java.util.List;

/**
 * What one signal reads for one company: an intensity from 0 (nothing) to 1 (full weight), and the facts behind it
 * (counts, codes, dates as text) that the explanation shows in the reader's language.
 */
public record SignalReading(double intensity, List<String> facts) {

    public SignalReading {
        if (Double.isNaN(intensity) || intensity < 0 || intensity > 1) {
            throw new IllegalArgumentException("intensity must lie in [0, 1]: " + intensity);
        }
        facts = List.copyOf(facts);
    }

    /** A count as an intensity: linear up to the saturation, full beyond. */
    public static SignalReading ofCount(int count, int saturation, String... facts) {
        return new SignalReading(Math.min(1.0, Math.max(0, count) / (double) saturation), List.of(facts));
    }
}
