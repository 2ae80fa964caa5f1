package org.custodes.identity.signin;

import java.util.UUID;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.custodes.identity.PendingSignIn;
import org.custodes.identity.account.Accounts;
import org.custodes.identity.secondfactor.SecondFactors;

/**
 * Checks an e-mail address and password, throttled per client and per account. Every refusal looks the same to the
 * person signing in, and every attempt that gets past the client throttle costs one Argon2 hash, whether the address
 * is known, the account locked or the password wrong, so neither message nor timing says which accounts exist.
 * When a second factor is due, the result is a {@link PartialSignIn} without permissions.
 */
@Component
public class PasswordSignIn implements AuthenticationProvider {

    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final SignInAttempts attempts;
    private final SecondFactors secondFactors;
    private final SignInCompletion completion;
    private volatile String unknownAccountHash;

    PasswordSignIn(Accounts accounts, PasswordEncoder passwords, SignInAttempts attempts, SecondFactors secondFactors,
            SignInCompletion completion) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.attempts = attempts;
        this.secondFactors = secondFactors;
        this.completion = completion;
    }

    /** Refused because this client tried too often: answered with 429, says nothing about the account. */
    static final class ClientThrottled extends AuthenticationException {

        ClientThrottled() {
            super("Too many sign-in attempts from this client");
        }
    }

    @Override
    public Authentication authenticate(Authentication authentication) throws AuthenticationException {
        var email = authentication.getName() == null ? "" : authentication.getName().trim();
        var password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        if (!attempts.clientMayTry(clientAddress(authentication), null)) {
            throw new ClientThrottled();
        }
        var found = accounts.findByEmail(email);
        if (found.isEmpty()) {
            passwords.matches(password, unknownAccountHash());
            attempts.refused(null, SignInFailed.Reason.UNKNOWN_ACCOUNT);
            throw refusal();
        }
        var user = found.get();
        if (attempts.locked(user.id())) {
            passwords.matches(password, unknownAccountHash());
            attempts.refused(user.id(), SignInFailed.Reason.ACCOUNT_LOCKED);
            throw refusal();
        }
        var hash = user.getPassword();
        if (!passwords.matches(password, hash == null ? unknownAccountHash() : hash) || hash == null) {
            attempts.failed(user.id(), SignInFailed.Reason.WRONG_PASSWORD);
            throw refusal();
        }
        if (!user.isEnabled()) {
            attempts.refused(user.id(), SignInFailed.Reason.ACCOUNT_DISABLED);
            throw refusal();
        }
        user.eraseCredentials();
        var enrolled = secondFactors.enabled(user.id());
        if (enrolled || user.secondFactorRequired()) {
            return new PartialSignIn(new PendingSignIn(user.id(), user.email(), enrolled));
        }
        return completion.signedIn(user, false);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    static String clientAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }

    private static BadCredentialsException refusal() {
        return new BadCredentialsException("Sign-in refused");
    }

    /** A real Argon2 hash of a random password, so an unknown address costs what a known one does. */
    private String unknownAccountHash() {
        var hash = unknownAccountHash;
        if (hash == null) {
            hash = passwords.encode(UUID.randomUUID().toString());
            unknownAccountHash = hash;
        }
        return hash;
    }
}
