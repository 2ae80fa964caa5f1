package org.custodes.identity.secondfactor;

import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

/**
 * Time-based one-time passwords (RFC 6238) with HMAC-SHA1 and 30-second steps, the variant every authenticator app
 * understands. A code is accepted one step either side of now, to forgive a clock that drifts a little, but never
 * for a step at or before the last one the account used, so a code seen over a shoulder cannot be replayed.
 */
public final class Totp {

    static final Duration STEP = Duration.ofSeconds(30);
    static final int DIGITS = 6;
    static final int TOLERANCE_STEPS = 1;
    private static final String ALGORITHM = TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1;

    private final TimeBasedOneTimePasswordGenerator generator;
    private final int digits;

    public Totp() {
        this(DIGITS);
    }

    public Totp(int digits) {
        this.digits = digits;
        this.generator = new TimeBasedOneTimePasswordGenerator(STEP, digits, ALGORITHM);
    }

    public static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), STEP.toSeconds());
    }

    /** The code of a time step, zero-padded to the number of digits. */
    public String codeAt(byte[] secret, long step) {
        try {
            var code = generator.generateOneTimePassword(new SecretKeySpec(secret, ALGORITHM),
                    Instant.ofEpochSecond(step * STEP.toSeconds()));
            return String.format("%0" + digits + "d", code);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("A TOTP secret is not a usable HMAC key", e);
        }
    }

    /**
     * The time step whose code this is, if it is within the tolerance around now and later than the last step the
     * account used ({@code -1} when it never used one).
     */
    OptionalLong acceptedStep(byte[] secret, String code, Instant now, long lastUsedStep) {
        var typed = code.replaceAll("\\s", "");
        if (typed.length() != digits || !typed.chars().allMatch(Character::isDigit)) {
            return OptionalLong.empty();
        }
        var current = stepAt(now);
        var accepted = OptionalLong.empty();
        // Every step of the window is computed, so the time taken does not tell which step matched.
        for (var step = current - TOLERANCE_STEPS; step <= current + TOLERANCE_STEPS; step++) {
            var matches = MessageDigest.isEqual(codeAt(secret, step).getBytes(StandardCharsets.US_ASCII),
                    typed.getBytes(StandardCharsets.US_ASCII));
            if (matches && step > lastUsedStep) {
                accepted = OptionalLong.of(step);
            }
        }
        return accepted;
    }
}
