package org.custodes.monitoring;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Runs work in the integration tests of monitoring's sub-domains as one of the demo's accounts, signed in. */
public final class DemoAccount {

    private DemoAccount() {
    }

    public static <T> T as(UserDetailsService accounts, String email, Supplier<T> work) {
        var details = accounts.loadUserByUsername(email);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null,
                details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
