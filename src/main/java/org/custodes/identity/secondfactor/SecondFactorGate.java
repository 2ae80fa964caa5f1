package org.custodes.identity.secondfactor;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.custodes.identity.SignInPaths;
import org.custodes.identity.signin.PartialSignIn;

/**
 * Until the second factor passes, a session may only reach the second-factor and enrolment pages, start again at
 * the sign-in page, or sign out; every other page sends it back to the step that is due.
 */
public class SecondFactorGate extends OncePerRequestFilter {

    public static final String SECOND_FACTOR = SignInPaths.SECOND_FACTOR;
    public static final String ENROLMENT = SignInPaths.ENROLMENT;

    private final RequestMatcher open;

    public SecondFactorGate(String... publicInfrastructure) {
        var patterns = new java.util.ArrayList<>(List.of("/sign-in", SECOND_FACTOR, SECOND_FACTOR + "/**", "/sign-out"));
        patterns.addAll(List.of(publicInfrastructure));
        var path = PathPatternRequestMatcher.withDefaults();
        this.open = new OrRequestMatcher(patterns.stream().map(p -> (RequestMatcher) path.matcher(p)).toList());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof PartialSignIn partial && !open.matches(request)) {
            var step = partial.pending().enrolled() ? SECOND_FACTOR : ENROLMENT;
            response.sendRedirect(request.getContextPath() + step);
            return;
        }
        chain.doFilter(request, response);
    }
}
