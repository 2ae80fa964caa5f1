package org.custodes.identity.signin;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The absolute lifetime of a signed-in session ({@code custodes.session.absolute-timeout}, 12 hours by default):
 * however active the user, the session ends that long after the password was typed. The idle timeout is Spring
 * Session's. An ended session is invalidated on the server, not merely forgotten by the browser.
 */
public class SessionLifetime extends OncePerRequestFilter {

    static final String SIGNED_IN_AT = "custodes.signed-in-at";

    private final Clock clock;
    private final Duration absoluteTimeout;

    public SessionLifetime(Clock clock, Duration absoluteTimeout) {
        this.clock = clock;
        this.absoluteTimeout = absoluteTimeout;
    }

    static void start(HttpServletRequest request, Clock clock) {
        request.getSession().setAttribute(SIGNED_IN_AT, clock.millis());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        if (session != null && session.getAttribute(SIGNED_IN_AT) instanceof Long signedInAt
                && clock.millis() - signedInAt >= absoluteTimeout.toMillis()) {
            session.invalidate();
            SecurityContextHolder.clearContext();
            response.sendRedirect(request.getContextPath() + "/sign-in?expired");
            return;
        }
        chain.doFilter(request, response);
    }
}
