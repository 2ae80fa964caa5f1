package org.custodes.identity.secondfactor;

import org.custodes.shared.QrCode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.custodes.shared.BusinessRuleViolation;
import org.custodes.shared.UserId;
import org.custodes.identity.SecondFactorEnrolment;
import org.custodes.identity.SecondFactorStatus;
import org.custodes.identity.SecondFactorVerification;
import org.custodes.identity.SignedInUser;
import org.custodes.identity.security.SecretCipher;
import org.custodes.identity.signin.SecurityEvents;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The authenticator (TOTP) and recovery codes of accounts: enrolment, verification with replay refusal, disabling
 * and new recovery codes. Every method acts on the account it is given; the pages pass the signed-in user's own id,
 * never one from the request, so nobody can enrol or disable someone else's second factor.
 */
@Component
@Transactional
public class SecondFactors {

    static final String ISSUER = "Custodes";
    private static final int SECRET_BYTES = 20; // 160 bits, as RFC 4226 recommends for HMAC-SHA1

    private record Stored(byte[] sealedSecret, @Nullable Instant confirmedAt, long lastUsedStep) {
    }

    private final JdbcClient jdbc;
    private final SecretCipher cipher;
    private final SecurityEvents events;
    private final Clock clock;
    private final Totp totp = new Totp();
    private final SecureRandom random = new SecureRandom();

    SecondFactors(JdbcClient jdbc, SecretCipher cipher, SecurityEvents events, Clock clock) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public boolean enabled(UserId account) {
        return stored(account).map(s -> s.confirmedAt() != null).orElse(false);
    }

    @Transactional(readOnly = true)
    public SecondFactorStatus status(UserId account) {
        var since = stored(account).map(Stored::confirmedAt).orElse(null);
        return new SecondFactorStatus(since != null, since, since == null ? 0 : recoveryCodes(account).remaining());
    }

    /**
     * The secret being enrolled: the same one until it is confirmed, so reloading the page does not invalidate what
     * the user already scanned.
     */
    public SecondFactorEnrolment enrolment(UserId account, String email) {
        var current = stored(account);
        if (current.isPresent() && current.get().confirmedAt() != null) {
            throw new BusinessRuleViolation("second-factor.already-enabled");
        }
        byte[] secret;
        if (current.isPresent()) {
            secret = cipher.decrypt(current.get().sealedSecret(), owner(account));
        } else {
            secret = new byte[SECRET_BYTES];
            random.nextBytes(secret);
            jdbc.sql("""
                    insert into identity.second_factor (account_id, sealed_secret, created_at) values (:id, :sealed, :now)
                    """).param("id", account.value()).param("sealed", cipher.encrypt(secret, owner(account)))
                    .param("now", Timestamp.from(clock.instant())).update();
        }
        var base32 = Base32.encode(secret);
        var label = URLEncoder.encode(ISSUER + ":" + email, StandardCharsets.UTF_8).replace("+", "%20");
        var uri = "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=" + ISSUER + "&algorithm=SHA1&digits="
                + Totp.DIGITS + "&period=" + Totp.STEP.toSeconds();
        return new SecondFactorEnrolment(base32, QrCode.svgDataUri(uri, "TOTP"));
    }

    /** Confirms the enrolment with a code from the app; returns the recovery codes to show once, or empty if wrong. */
    public Optional<List<String>> confirm(UserId account, String code) {
        var current = stored(account).filter(s -> s.confirmedAt() == null);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        var secret = cipher.decrypt(current.get().sealedSecret(), owner(account));
        var step = totp.acceptedStep(secret, code, clock.instant(), current.get().lastUsedStep());
        if (step.isEmpty()) {
            return Optional.empty();
        }
        jdbc.sql("update identity.second_factor set confirmed_at = :now, last_used_step = :step where account_id = :id")
                .param("now", Timestamp.from(clock.instant())).param("step", step.getAsLong())
                .param("id", account.value()).update();
        var codes = replaceRecoveryCodes(account);
        events.publish(new SecondFactorEnrolled(account));
        return Optional.of(codes);
    }

    /**
     * Checks a code typed at sign-in or to confirm a sensitive change: an authenticator code of a step later than
     * the last one used, or (when allowed) an unused recovery code, which is then spent.
     */
    SecondFactorVerification verify(UserId account, String code, boolean recoveryCodeAllowed) {
        var current = stored(account).filter(s -> s.confirmedAt() != null);
        if (current.isEmpty()) {
            return SecondFactorVerification.REFUSED;
        }
        if (recoveryCodeAllowed && RecoveryCodes.looksLikeOne(code)) {
            return useRecoveryCode(account, code);
        }
        var secret = cipher.decrypt(current.get().sealedSecret(), owner(account));
        var step = totp.acceptedStep(secret, code, clock.instant(), current.get().lastUsedStep());
        if (step.isEmpty()) {
            return SecondFactorVerification.REFUSED;
        }
        // Conditional on the step still being newer, so two nodes racing with the same code accept it once.
        var accepted = jdbc.sql("""
                update identity.second_factor set last_used_step = :step
                where account_id = :id and last_used_step < :step
                """).param("step", step.getAsLong()).param("id", account.value()).update();
        return accepted == 1 ? SecondFactorVerification.AUTHENTICATOR : SecondFactorVerification.REFUSED;
    }

    public void disable(SignedInUser user) {
        if (user.secondFactorRequired()) {
            throw new BusinessRuleViolation("second-factor.required-by-role");
        }
        jdbc.sql("delete from identity.recovery_code where account_id = :id").param("id", user.id().value()).update();
        var removed = jdbc.sql("delete from identity.second_factor where account_id = :id and confirmed_at is not null")
                .param("id", user.id().value()).update();
        if (removed == 1) {
            events.publish(new SecondFactorDisabled(user.id()));
        }
    }

    public List<String> regenerateRecoveryCodes(UserId account) {
        if (!enabled(account)) {
            throw new BusinessRuleViolation("second-factor.not-enabled");
        }
        var codes = replaceRecoveryCodes(account);
        events.publish(new RecoveryCodesRegenerated(account));
        return codes;
    }

    private SecondFactorVerification useRecoveryCode(UserId account, String code) {
        var codes = recoveryCodes(account);
        var match = codes.unusedMatch(code);
        if (match.isEmpty()) {
            return SecondFactorVerification.REFUSED;
        }
        // Conditional on the code being unused still, so the same code cannot open two sessions at once.
        var spent = jdbc.sql("""
                update identity.recovery_code set used_at = :now
                where account_id = :id and code_hash = :hash and used_at is null
                """).param("now", Timestamp.from(clock.instant())).param("id", account.value())
                .param("hash", match.get()).update();
        if (spent != 1) {
            return SecondFactorVerification.REFUSED;
        }
        events.publish(new RecoveryCodeUsed(account, codes.markUsed(match.get()).remaining()));
        return SecondFactorVerification.RECOVERY_CODE;
    }

    private List<String> replaceRecoveryCodes(UserId account) {
        jdbc.sql("delete from identity.recovery_code where account_id = :id").param("id", account.value()).update();
        var issued = RecoveryCodes.issue(random);
        for (var entry : issued.kept().entries()) {
            jdbc.sql("insert into identity.recovery_code (account_id, code_hash) values (:id, :hash)")
                    .param("id", account.value()).param("hash", entry.hash()).update();
        }
        return issued.codes();
    }

    private RecoveryCodes recoveryCodes(UserId account) {
        return new RecoveryCodes(jdbc.sql("select code_hash, used_at from identity.recovery_code where account_id = :id")
                .param("id", account.value())
                .query((row, n) -> new RecoveryCodes.Entry(row.getString("code_hash").trim(), row.getTimestamp("used_at") != null))
                .list());
    }

    private Optional<Stored> stored(UserId account) {
        return jdbc.sql("select sealed_secret, confirmed_at, last_used_step from identity.second_factor where account_id = :id")
                .param("id", account.value())
                .query((row, n) -> new Stored(row.getBytes("sealed_secret"),
                        row.getTimestamp("confirmed_at") == null ? null : row.getTimestamp("confirmed_at").toInstant(),
                        row.getLong("last_used_step")))
                .optional();
    }

    private static String owner(UserId account) {
        return "account:" + account.value();
    }
}
