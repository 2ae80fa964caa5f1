package org.custodes.identity.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatNoException;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.custodes.identity.PasswordRefused;

class PasswordPolicyTests {

    static final PasswordPolicy shipped = new PasswordPolicy();

    @Test
    void theShippedListHoldsTheThousandMostCommonPasswords() {
        assertThat(shipped.commonPasswords()).isBetween(990, 1000);
    }

    @Test
    void refusesPasswordsShorterThanTwelveCharacters() {
        assertRefused(shipped, "Eleven-char", "a@b.example", "identity.password.too-short");
        assertThatNoException().isThrownBy(() -> shipped.check("Twelve-chars", "a@b.example"));
    }

    @Test
    void refusesPasswordsLongerThan128Characters() {
        assertRefused(shipped, "x".repeat(129), "a@b.example", "identity.password.too-long");
        assertThatNoException().isThrownBy(() -> shipped.check("x".repeat(128), "a@b.example"));
    }

    @Test
    void refusesTheEmailAddressInAnyCase() {
        assertRefused(shipped, "Maria.Lopez@Example.org", "maria.lopez@example.org", "identity.password.is-email");
        assertRefused(shipped, "maria.lopez.gonzalez", "maria.lopez.gonzalez@example.org", "identity.password.is-email");
    }

    @Test
    void refusesCommonPasswordsInAnyCase() {
        var policy = new PasswordPolicy(Set.of("correcthorsebatterystaple"));
        assertRefused(policy, "CorrectHorseBatteryStaple", "a@b.example", "identity.password.too-common");
        assertThatNoException().isThrownBy(() -> policy.check("correct horse battery staple", "a@b.example"));
    }

    @Test
    void theShippedListIsConsulted() {
        assertRefused(shipped, "qwertyuiop", "a@b.example", "identity.password.too-short");
        var longCommon = new PasswordPolicy(Set.of("1234567890ab"));
        assertRefused(longCommon, "1234567890AB", "a@b.example", "identity.password.too-common");
    }

    private static void assertRefused(PasswordPolicy policy, String password, String email, String key) {
        assertThatExceptionOfType(PasswordRefused.class).isThrownBy(() -> policy.check(password, email))
                .satisfies(e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
