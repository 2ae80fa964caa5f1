package org.custodes.identity.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.custodes.support.MovableClock;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class SessionLifetimeTests {

    final MovableClock clock = new MovableClock(Instant.parse("2026-11-22T08:00:00Z"));
    final SessionLifetime lifetime = new SessionLifetime(clock, Duration.ofHours(12));
    final MockHttpSession session = new MockHttpSession();

    @Test
    void aSessionLivesUntilTwelveHoursAfterSignIn() throws Exception {
        var signIn = request();
        SessionLifetime.start(signIn, clock);
        clock.advance(Duration.ofHours(12).minusSeconds(1));

        var chain = new MockFilterChain();
        lifetime.doFilter(request(), new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).as("request went on").isNotNull();
        assertThat(session.isInvalid()).isFalse();
    }

    @Test
    void afterTwelveHoursTheSessionIsInvalidatedHoweverActive() throws Exception {
        SessionLifetime.start(request(), clock);
        clock.advance(Duration.ofHours(12));

        var chain = new MockFilterChain();
        var response = new MockHttpServletResponse();
        lifetime.doFilter(request(), response, chain);

        assertThat(chain.getRequest()).as("request stopped").isNull();
        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getRedirectedUrl()).isEqualTo("/sign-in?expired");
    }

    @Test
    void aSessionWithoutSignInIsLeftAlone() throws Exception {
        clock.advance(Duration.ofDays(3));
        var chain = new MockFilterChain();
        lifetime.doFilter(request(), new MockHttpServletResponse(), chain);
        assertThat(chain.getRequest()).isNotNull();
    }

    private MockHttpServletRequest request() {
        var request = new MockHttpServletRequest("GET", "/workspace");
        request.setSession(session);
        return request;
    }
}
