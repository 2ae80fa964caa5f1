package org.custodes.identity.passwordreset;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.custodes.identity.LinkUnusable;
import org.custodes.identity.SignedInUser;
import org.custodes.identity.account.Accounts;
import org.custodes.identity.account.ManagedAccounts;
import org.custodes.identity.account.PasswordChanged;
import org.custodes.identity.account.PasswordPolicy;
import org.custodes.identity.security.SecretToken;
import org.custodes.identity.signin.SessionRevocation;
import org.custodes.notification.NotificationService;
import org.custodes.notification.OutgoingMessage;
import org.custodes.shared.UserId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password reset by e-mailed link. A reset changes the password only: a second factor, where required, is still
 * asked at the next sign-in (ASVS 6.4.3). Whether the address is known never shows in the answer.
 */
@Component
public class PasswordResetDesk {

    public static final String TEMPLATE = "identity/password-reset";

    private final Accounts accounts;
    private final ManagedAccounts managed;
    private final PasswordResets resets;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwords;
    private final SessionRevocation sessions;
    private final NotificationService notifications;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final String baseUrl;

    PasswordResetDesk(Accounts accounts, ManagedAccounts managed, PasswordResets resets, PasswordPolicy passwordPolicy,
            PasswordEncoder passwords, SessionRevocation sessions, NotificationService notifications,
            ApplicationEventPublisher events, Clock clock, @Value("${custodes.base-url}") String baseUrl) {
        this.accounts = accounts;
        this.managed = managed;
        this.resets = resets;
        this.passwordPolicy = passwordPolicy;
        this.passwords = passwords;
        this.sessions = sessions;
        this.notifications = notifications;
        this.events = events;
        this.clock = clock;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** Sends a link when the address belongs to an active account, and silently does nothing otherwise. */
    public void request(String email) {
        var account = accounts.findByEmail(email.strip()).filter(SignedInUser::isEnabled);
        var token = SecretToken.generate(""); // drawn either way, so both paths do the same work up to the lookup
        if (account.isEmpty()) {
            return;
        }
        var user = account.get();
        var now = clock.instant();
        resets.insert(UUID.randomUUID(), user.id().value(), SecretToken.hash(token), now, now.plus(PasswordReset.VALIDITY));
        notifications.send(new OutgoingMessage(user.email(), user.language(), TEMPLATE, Map.of(
                "name", user.displayName(),
                "link", baseUrl + "/password-reset/confirm?token=" + URLEncoder.encode(token, StandardCharsets.US_ASCII))));
    }

    public boolean usable(String token) {
        return find(token).isPresent();
    }

    public void reset(String token, String newPassword) {
        var reset = find(token).orElseThrow(LinkUnusable::new);
        passwordPolicy.check(newPassword, reset.email());
        if (!resets.markUsed(reset, clock.instant())) {
            throw new LinkUnusable();
        }
        managed.setPasswordHash(reset.account(), passwords.encode(newPassword));
        sessions.endAll(reset.email());
        events.publishEvent(new PasswordChanged(new UserId(reset.account())));
    }

    private Optional<PasswordReset> find(String token) {
        if (!SecretToken.wellFormed(token, "")) {
            return Optional.empty();
        }
        return resets.findByTokenHash(SecretToken.hash(token)).filter(r -> r.usableAt(clock.instant()));
    }
}
