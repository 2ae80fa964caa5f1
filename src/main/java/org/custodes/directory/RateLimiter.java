package org.custodes.directory;

import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.Bucket;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.custodes.shared.Language;
import org.custodes.shared.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Limits each client IP on the public directory API and the verification API to
 * {@code custodes.directory.rate-limit.per-minute} requests a minute (token bucket, refilled steadily, shared by every
 * node within one per cent of the limit, see {@link RateLimits#approximateBucket}), answering 429 problem details with {@code Retry-After}. Behind a proxy, set
 * {@code server.forward-headers-strategy} so that the remote address is the client's.
 */
@Component
class RateLimiter extends OncePerRequestFilter {

    static final String[] PATHS = { "/api/v1/directory/*", "/api/v1/verify/*" };
    private final RateLimits limits;
    private final MessageSource messages;
    private final int configuredLimit;
    private volatile int perMinute;

    RateLimiter(RateLimits limits, MessageSource messages,
            @Value("${custodes.directory.rate-limit.per-minute:120}") int perMinute) {
        this.limits = limits;
        this.messages = messages;
        this.configuredLimit = perMinute;
        this.perMinute = perMinute;
    }

    /** Changes the limit; a changed limit counts in new buckets (tests lower it, then {@link #reset()}). */
    void limitPerMinute(int limit) {
        perMinute = limit;
    }

    void reset() {
        limitPerMinute(configuredLimit);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var probe = bucketOf(request.getRemoteAddr()).tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        var retryAfter = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
        var locale = Language.of(request.getLocale() == null ? Locale.ENGLISH : request.getLocale()).locale();
        response.setStatus(429);
        response.setHeader("Retry-After", Long.toString(retryAfter));
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"type\":\"https://custodes.org/problems/too-many-requests\",\"title\":"
                + CanonicalJson.string(messages.getMessage("directory.problem.too-many-requests.title", null, locale))
                + ",\"status\":429,\"detail\":"
                + CanonicalJson.string(messages.getMessage("directory.problem.too-many-requests.detail",
                        new Object[] { retryAfter }, locale)) + "}");
    }

    private Bucket bucketOf(String client) {
        return limits.approximateBucket("directory-api/client", client, perMinute, Duration.ofMinutes(1));
    }
}
