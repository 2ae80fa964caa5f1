package org.custodes.identity.signin;

import java.time.Duration;

import org.custodes.shared.RateLimits;

/**
 * How many sign-in attempts (passwords and second-factor codes) one client address may make: a token bucket per
 * address, shared by every node. It stops one machine from trying many accounts; the per-account lock-out stops many
 * machines from trying one account.
 */
final class ClientThrottle {

    private final RateLimits limits;
    private final long attempts;
    private final Duration period;

    ClientThrottle(RateLimits limits, long attempts, Duration period) {
        this.limits = limits;
        this.attempts = attempts;
        this.period = period;
    }

    /** Takes one attempt from the client's allowance; false when the allowance is used up for now. */
    boolean tryAttempt(String clientAddress) {
        return limits.bucket("sign-in/client", clientAddress, attempts, period).tryConsume(1);
    }
}
