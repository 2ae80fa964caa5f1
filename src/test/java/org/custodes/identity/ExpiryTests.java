package org.custodes.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.custodes.identity.apitoken.ApiTokenDesk;
import org.custodes.identity.apitoken.ApiTokens;
import org.custodes.identity.invitation.Invitation;
import org.custodes.identity.passwordreset.PasswordReset;
import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.junit.jupiter.api.Test;

/** How long each kind of secret lasts, and that use or revocation ends it early. */
class ExpiryTests {

    static final Instant ISSUED = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void anInvitationLasts72Hours() {
        var invitation = invitation(null, null);
        assertThat(Invitation.VALIDITY).isEqualTo(Duration.ofHours(72));
        assertThat(invitation.usableAt(ISSUED.plus(Duration.ofHours(72)).minusSeconds(1))).isTrue();
        assertThat(invitation.usableAt(ISSUED.plus(Duration.ofHours(72)))).isFalse();
    }

    @Test
    void anAcceptedOrRevokedInvitationIsUsedUp() {
        assertThat(invitation(ISSUED.plusSeconds(60), null).usableAt(ISSUED.plusSeconds(120))).isFalse();
        assertThat(invitation(null, ISSUED.plusSeconds(60)).usableAt(ISSUED.plusSeconds(120))).isFalse();
    }

    @Test
    void aPasswordResetLasts30MinutesAndServesOnce() {
        var reset = new PasswordReset(UUID.randomUUID(), UUID.randomUUID(), "a@b.example",
                ISSUED.plus(PasswordReset.VALIDITY), null);
        assertThat(PasswordReset.VALIDITY).isEqualTo(Duration.ofMinutes(30));
        assertThat(reset.usableAt(ISSUED.plus(Duration.ofMinutes(29)))).isTrue();
        assertThat(reset.usableAt(ISSUED.plus(Duration.ofMinutes(30)))).isFalse();
        var used = new PasswordReset(reset.id(), reset.account(), reset.email(), reset.expiresAt(), ISSUED.plusSeconds(5));
        assertThat(used.usableAt(ISSUED.plusSeconds(10))).isFalse();
    }

    @Test
    void anApiTokenStopsAtItsExpiryAtRevocationOrWhenItsHolderIsDisabled() {
        var expiry = ISSUED.plus(Duration.ofDays(10));
        assertThat(new ApiTokens.Holder(UUID.randomUUID(), "a@b.example", true, expiry, null).usableAt(expiry.minusSeconds(1))).isTrue();
        assertThat(new ApiTokens.Holder(UUID.randomUUID(), "a@b.example", true, expiry, null).usableAt(expiry)).isFalse();
        assertThat(new ApiTokens.Holder(UUID.randomUUID(), "a@b.example", true, null, null).usableAt(expiry.plusSeconds(1_000_000))).isTrue();
        assertThat(new ApiTokens.Holder(UUID.randomUUID(), "a@b.example", true, null, ISSUED).usableAt(ISSUED.plusSeconds(1))).isFalse();
        assertThat(new ApiTokens.Holder(UUID.randomUUID(), "a@b.example", false, null, null).usableAt(ISSUED)).isFalse();
    }

    @Test
    void anApiTokenLastsAtMostAYear() {
        var today = LocalDate.of(2026, 11, 22);
        assertThat(ApiTokenDesk.lastDay(today, today)).isEqualTo(today);
        assertThat(ApiTokenDesk.lastDay(today.plusYears(1), today)).isEqualTo(today.plusYears(1));
        assertThatExceptionOfType(BusinessRuleViolation.class).isThrownBy(() -> ApiTokenDesk.lastDay(today.plusYears(1).plusDays(1), today));
        assertThatExceptionOfType(BusinessRuleViolation.class).isThrownBy(() -> ApiTokenDesk.lastDay(today.minusDays(1), today));
    }

    private static Invitation invitation(Instant acceptedAt, Instant revokedAt) {
        return new Invitation(UUID.randomUUID(), new OrganisationId(UUID.randomUUID()), "a@b.example", "A B",
                Language.EN, Set.of(Role.CLIENT), ISSUED, ISSUED.plus(Invitation.VALIDITY), acceptedAt, revokedAt);
    }
}
