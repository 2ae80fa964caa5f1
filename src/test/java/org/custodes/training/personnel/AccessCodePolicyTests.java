package org.custodes.training.personnel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

public class AccessCodePolicyTests {

    static final Clock ISSUED = Clock.fixed(Instant.parse("2026-03-14T09:30:00Z"), ZoneOffset.UTC);

    @Test
    void aCodeIsIssuedForAYear() {
        assertThat(AccessCodePolicy.expiresOn(ISSUED)).isEqualTo(LocalDate.of(2027, 3, 14));
    }

    @Test
    void aCodeOpensTheCoursesThroughTheDayItExpiresAndNotTheDayAfter() {
        var expires = AccessCodePolicy.expiresOn(ISSUED);
        assertThat(AccessCodePolicy.usable(expires, ISSUED)).isTrue();
        assertThat(AccessCodePolicy.usable(expires, at("2027-03-14T23:59:59Z"))).isTrue();
        assertThat(AccessCodePolicy.usable(expires, at("2027-03-15T00:00:00Z"))).isFalse();
    }

    @Test
    void codesAreReadAsTheyAreSpokenOrPrinted() {
        assertThat(Learners.normalise(" demo-guard1 ")).isEqualTo(Learners.normalise("DEMOGUARD1"));
        assertThat(Learners.normalise("0O1IL")).isEqualTo("00111");
    }

    public static Clock at(String instant) {
        return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
    }
}
