package org.custodes.identity.secondfactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TotpTests {

    /** The SHA-1 seed of RFC 6238, appendix B. */
    static final byte[] RFC_SECRET = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    static final Instant NOW = Instant.parse("2026-11-22T10:00:10Z");

    final Totp totp = new Totp();

    @ParameterizedTest
    @CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
            "2000000000, 69279037", "20000000000, 65353130" })
    void producesTheTestVectorsOfRfc6238WithSha1(long epochSecond, String expected) {
        var eightDigits = new Totp(8);
        assertThat(eightDigits.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(epochSecond)))).isEqualTo(expected);
        // Six digits are the last six of the same value, which authenticator apps show.
        assertThat(totp.codeAt(RFC_SECRET, Totp.stepAt(Instant.ofEpochSecond(epochSecond)))).isEqualTo(expected.substring(2));
    }

    @Test
    void acceptsTheCurrentCodeAndOneStepEitherSide() {
        var step = Totp.stepAt(NOW);
        assertThat(totp.acceptedStep(RFC_SECRET, totp.codeAt(RFC_SECRET, step), NOW, -1)).hasValue(step);
        assertThat(totp.acceptedStep(RFC_SECRET, totp.codeAt(RFC_SECRET, step - 1), NOW, -1)).hasValue(step - 1);
        assertThat(totp.acceptedStep(RFC_SECRET, totp.codeAt(RFC_SECRET, step + 1), NOW, -1)).hasValue(step + 1);
    }

    @Test
    void refusesCodesOutsideTheTolerance() {
        var step = Totp.stepAt(NOW);
        assertThat(totp.acceptedStep(RFC_SECRET, totp.codeAt(RFC_SECRET, step - 2), NOW, -1)).isEmpty();
        assertThat(totp.acceptedStep(RFC_SECRET, totp.codeAt(RFC_SECRET, step + 2), NOW, -1)).isEmpty();
    }

    @Test
    void refusesACodeOfTheStepAlreadyUsedOrAnEarlierOne() {
        var step = Totp.stepAt(NOW);
        var code = totp.codeAt(RFC_SECRET, step);
        var used = totp.acceptedStep(RFC_SECRET, code, NOW, -1).getAsLong();

        assertThat(totp.acceptedStep(RFC_SECRET, code, NOW, used)).as("the same code again").isEmpty();
        assertThat(totp.acceptedStep(RFC_SECRET, totp.codeAt(RFC_SECRET, step - 1), NOW, used)).as("an older code").isEmpty();
        assertThat(totp.acceptedStep(RFC_SECRET, totp.codeAt(RFC_SECRET, step + 1), NOW, used)).as("the next code").hasValue(step + 1);
    }

    @Test
    void refusesMalformedCodes() {
        assertThat(totp.acceptedStep(RFC_SECRET, "", NOW, -1)).isEmpty();
        assertThat(totp.acceptedStep(RFC_SECRET, "12345", NOW, -1)).isEmpty();
        assertThat(totp.acceptedStep(RFC_SECRET, "abcdef", NOW, -1)).isEmpty();
        assertThat(totp.acceptedStep(RFC_SECRET, "1234567", NOW, -1)).isEmpty();
    }

    @Test
    void toleratesSpacesInsideATypedCode() {
        var code = totp.codeAt(RFC_SECRET, Totp.stepAt(NOW));
        assertThat(totp.acceptedStep(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3), NOW, -1)).isPresent();
    }

    @Test
    void base32RoundTripsTheSecretAsAppsExpectIt() {
        assertThat(Base32.encode(RFC_SECRET)).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        assertThat(Base32.decode("gezd gnbv gy3t qojq gezd gnbv gy3t qojq")).isEqualTo(RFC_SECRET);
    }
}
