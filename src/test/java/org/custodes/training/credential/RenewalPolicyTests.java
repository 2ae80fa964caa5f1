package org.custodes.training.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.custodes.training.personnel.AccessCodePolicyTests;

class RenewalPolicyTests {

    static final LocalDate COMPLETED = LocalDate.of(2026, 1, 31);

    @Test
    void aCompletionExpiresTheValidityOfItsCourseAfterItWasCompleted() {
        assertThat(RenewalPolicy.expiresOn(COMPLETED, 12)).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(RenewalPolicy.expiresOn(COMPLETED, 1)).as("end of a shorter month").isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(RenewalPolicy.expiresOn(COMPLETED, null)).as("a course without validity").isNull();
    }

    @Test
    void aCompletionHoldsThroughItsLastDay() {
        var expires = RenewalPolicy.expiresOn(COMPLETED, 12);
        assertThat(RenewalPolicy.current(expires, today("2027-01-31T23:00:00Z"))).isTrue();
        assertThat(RenewalPolicy.current(expires, today("2027-02-01T00:00:00Z"))).isFalse();
        assertThat(RenewalPolicy.current(null, today("2090-01-01T00:00:00Z"))).isTrue();
    }

    @Test
    void thePersonIsEnrolledAgainTheDayAfterTheirCompletionExpired() {
        var expires = RenewalPolicy.expiresOn(COMPLETED, 12);
        assertThat(RenewalPolicy.reEnrolledOn(expires, today("2027-01-31T12:00:00Z"))).isEmpty();
        assertThat(RenewalPolicy.reEnrolledOn(expires, today("2027-06-01T12:00:00Z"))).contains(LocalDate.of(2027, 2, 1));
        assertThat(RenewalPolicy.reEnrolledOn(null, today("2027-06-01T12:00:00Z"))).isEmpty();
    }

    private static LocalDate today(String instant) {
        return LocalDate.now(AccessCodePolicyTests.at(instant));
    }
}
