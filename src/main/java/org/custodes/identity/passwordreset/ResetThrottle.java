package org.custodes.identity.passwordreset;

import java.time.Duration;
import java.util.Locale;

import org.custodes.shared.RateLimits;
import org.springframework.stereotype.Component;

/**
 * Limits password-reset requests per e-mail address (so nobody floods a person's inbox) and per client (so nobody
 * sprays addresses), with buckets shared by every node. The limits do not depend on whether the address exists, so
 * they reveal nothing either.
 */
@Component
public class ResetThrottle {

    public static final int PER_EMAIL = 5;
    static final int PER_CLIENT = 20;
    static final Duration WINDOW = Duration.ofHours(1);

    private final RateLimits limits;

    ResetThrottle(RateLimits limits) {
        this.limits = limits;
    }

    /** Takes one request from both allowances; true when the request may go ahead. */
    public boolean allow(String email, String client) {
        var byEmail = limits.bucket("password-reset/email", email.strip().toLowerCase(Locale.ROOT), PER_EMAIL, WINDOW);
        var byClient = limits.bucket("password-reset/client", client, PER_CLIENT, WINDOW);
        // Both are looked at first, so a request refused by one allowance does not use up the other.
        if (byEmail.getAvailableTokens() < 1 || byClient.getAvailableTokens() < 1) {
            return false;
        }
        return byEmail.tryConsume(1) && byClient.tryConsume(1);
    }
}
