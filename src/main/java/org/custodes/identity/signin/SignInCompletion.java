package org.custodes.identity.signin;

import java.time.Clock;
import java.util.ArrayList;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;
import org.custodes.identity.PendingSignIn;
import org.custodes.identity.SignedInUser;
import org.custodes.identity.account.Accounts;

/**
 * The last step of every sign-in: the session now holds the user with their permissions, the earlier failures are
 * forgiven, the event is published, and pages speak the user's preferred language.
 */
@Component
public class SignInCompletion {

    /** The authority of the TOTP factor, beside Spring Security's own {@code FACTOR_PASSWORD}. */
    static final String TOTP_FACTOR = "FACTOR_TOTP";

    private final Accounts accounts;
    private final SignInAttempts attempts;
    private final SecurityEvents events;
    private final LocaleResolver locales;
    private final Clock clock;
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

    SignInCompletion(Accounts accounts, SignInAttempts attempts, SecurityEvents events, LocaleResolver locales, Clock clock) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.events = events;
        this.locales = locales;
        this.clock = clock;
    }

    /** The authentication of a fully signed-in user: their permissions and roles, and the factors they proved. */
    Authentication signedIn(SignedInUser user, boolean withSecondFactor) {
        var authorities = new ArrayList<GrantedAuthority>(user.getAuthorities());
        authorities.add(factor(FactorGrantedAuthority.PASSWORD_AUTHORITY));
        if (withSecondFactor) {
            authorities.add(factor(TOTP_FACTOR));
        }
        return UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
    }

    private FactorGrantedAuthority factor(String authority) {
        return FactorGrantedAuthority.withAuthority(authority).issuedAt(clock.instant()).build();
    }

    /** After the password alone, for users without a second factor (the sign-in filter already stored the session). */
    void afterPassword(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
        SessionLifetime.start(request, clock);
        finish(user, false, request, response);
    }

    /** After the password, when a second factor is still due: the session lasts from now, and speaks their language. */
    public void pending(PendingSignIn pending, HttpServletRequest request, HttpServletResponse response) {
        SessionLifetime.start(request, clock);
        accounts.findByEmail(pending.email()).ifPresent(user -> locales.setLocale(request, response, user.language().locale()));
    }

    /**
     * After the second factor: the session gets a new id (privilege changed), then holds the user, freshly read so
     * that a role or status changed meanwhile counts. False when the account is gone or disabled meanwhile.
     */
    boolean afterSecondFactor(PendingSignIn pending, HttpServletRequest request, HttpServletResponse response) {
        var user = accounts.findByEmail(pending.email()).filter(u -> u.id().equals(pending.account()) && u.isEnabled());
        if (user.isEmpty()) {
            return false;
        }
        user.get().eraseCredentials();
        request.changeSessionId();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn(user.get(), true));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        finish(user.get(), true, request, response);
        return true;
    }

    /**
     * After a sign-in with the identity provider whose second factor we trust: as after our own second factor, the
     * session gets a new id and holds the user with both factors.
     */
    public void afterSingleSignOn(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
        user.eraseCredentials();
        request.changeSessionId();
        SessionLifetime.start(request, clock);
        replace(signedIn(user, true), request, response);
        finish(user, true, request, response);
    }

    /** Puts another authentication in the session, or none: the provider's own never stays there. */
    public void replace(@Nullable Authentication authentication, HttpServletRequest request, HttpServletResponse response) {
        var context = SecurityContextHolder.createEmptyContext();
        if (authentication != null) {
            context.setAuthentication(authentication);
        }
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    /** Replaces the principal of the session, for example after the user changed their language. */
    void refresh(SignedInUser user, HttpServletRequest request, HttpServletResponse response) {
        var current = SecurityContextHolder.getContext().getAuthentication();
        var withSecondFactor = current != null && current.getAuthorities().stream()
                .anyMatch(a -> TOTP_FACTOR.equals(a.getAuthority()));
        user.eraseCredentials();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn(user, withSecondFactor));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }

    private void finish(SignedInUser user, boolean withSecondFactor, HttpServletRequest request,
            HttpServletResponse response) {
        accounts.recordSignIn(user.id(), clock.instant());
        attempts.succeeded(user.id());
        events.publish(new SignInSucceeded(user.id(), withSecondFactor));
        locales.setLocale(request, response, user.language().locale());
    }
}
