package org.custodes.identity.security;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.session.jdbc.config.annotation.web.http.EnableJdbcHttpSession;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.custodes.identity.apitoken.ApiTokenDesk;
import org.custodes.identity.apitoken.ApiTokenFilter;
import org.custodes.identity.secondfactor.SecondFactorGate;
import org.custodes.identity.signin.PasswordSignIn;
import org.custodes.identity.signin.SessionLifetime;
import org.custodes.identity.signin.SignInOutcome;
import org.custodes.identity.singlesignon.SingleSignOnConfiguration;
import org.custodes.identity.singlesignon.SingleSignOnOutcome;

/**
 * Two filter chains: the JSON API (stateless, bearer tokens, problem details) and the pages (session cookie, form
 * sign-in, CSRF). Both leave the decision about each route to the route itself (see {@link AccessRuleGate}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableJdbcHttpSession(tableName = "identity.http_session", maxInactiveIntervalInSeconds = 1800)
class SecurityConfiguration implements WebMvcConfigurer {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'; object-src 'none'";
    /** Swagger UI sets inline styles; the API documentation alone may use them, never inline script. */
    static final String API_DOCS_POLICY = CONTENT_SECURITY_POLICY.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

    private static final String[] PUBLIC_INFRASTRUCTURE = { "/css/**", "/js/**", "/images/**", "/webjars/**",
            "/favicon.ico", "/error", "/actuator/health", "/actuator/health/**", "/v3/api-docs", "/v3/api-docs/**",
            "/api/docs", "/api/docs/**", "/swagger-ui/**" };

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokenDesk apiTokens) throws Exception {
        http.securityMatcher("/api/v1/**")
                .addFilterBefore(new ApiTokenFilter(apiTokens), AnonymousAuthenticationFilter.class)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable()) // no cookies are read on this chain, so there is nothing to forge
                .requestCache(cache -> cache.disable())
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(new ProblemEntryPoint(HttpStatus.UNAUTHORIZED))
                        .accessDeniedHandler(new ProblemEntryPoint(HttpStatus.FORBIDDEN)));
        securityHeaders(http, CONTENT_SECURITY_POLICY);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
        // springdoc serves the UI's files under the parent of its path, so /api/docs redirects to /api/swagger-ui/.
        http.securityMatcher("/api/docs", "/api/docs/**", "/api/swagger-ui/**", "/swagger-ui/**", "/v3/api-docs",
                        "/v3/api-docs/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable());
        securityHeaders(http, API_DOCS_POLICY);
        return http.build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain pages(HttpSecurity http, PasswordSignIn passwordSignIn, SignInOutcome signInOutcome, Clock clock,
            @Value("${custodes.session.absolute-timeout:12h}") Duration absoluteTimeout,
            ObjectProvider<SingleSignOnOutcome> singleSignOn) throws Exception {
        // Only our provider checks passwords here: no fallback provider that would skip throttling. With single
        // sign-on on, the OpenID Connect code flow's provider sits beside it (it checks no password).
        var sso = singleSignOn.getIfAvailable();
        http.authenticationManager(sso == null ? new ProviderManager(passwordSignIn)
                        : new ProviderManager(passwordSignIn, SingleSignOnConfiguration.codeFlow()))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(PUBLIC_INFRASTRUCTURE).permitAll()
                        .requestMatchers("/actuator/**").hasAuthority("operations:read")
                        // Every page of ours states its own rule; AccessRuleGate refuses the ones that do not.
                        .anyRequest().permitAll())
                .formLogin(form -> form
                        .loginPage("/sign-in")
                        .loginProcessingUrl("/sign-in")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(signInOutcome)
                        .failureHandler(signInOutcome)
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl("/sign-out")
                        .logoutSuccessUrl("/?signed-out")
                        .addLogoutHandler((request, response, authentication) ->
                                response.setHeader("Clear-Site-Data", "\"cache\", \"cookies\", \"storage\"")))
                .exceptionHandling(errors -> errors.accessDeniedPage("/error/403"))
                .addFilterBefore(new SessionLifetime(clock, absoluteTimeout), AuthorizationFilter.class)
                .addFilterBefore(new SecondFactorGate(PUBLIC_INFRASTRUCTURE), AuthorizationFilter.class);
        // Only with an issuer configured: /oauth2/authorization/sso and /login/oauth2/code/sso exist, else they are 404.
        if (sso != null) {
            http.oauth2Login(login -> login.loginPage("/sign-in").successHandler(sso).failureHandler(sso));
        }
        securityHeaders(http, CONTENT_SECURITY_POLICY);
        return http.build();
    }

    private static void securityHeaders(HttpSecurity http, String contentSecurityPolicy) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(contentSecurityPolicy))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                // Sent on every response: browsers ignore it over plain HTTP, and it cannot be forgotten behind a proxy.
                .httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                        .maxAgeInSeconds(31_536_000).includeSubDomains(true))
                .crossOriginOpenerPolicy(coop -> { })
                .crossOriginResourcePolicy(corp -> { })
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "camera=(), microphone=(), geolocation=(), payment=(), usb=()")));
    }

    @Bean
    CookieSerializer sessionCookie(@Value("${custodes.session.secure-cookie:true}") boolean secure) {
        var cookie = new DefaultCookieSerializer();
        // The __Host- prefix pins the cookie to this host and path; browsers accept it only with Secure.
        cookie.setCookieName(secure ? "__Host-custodes-session" : "custodes-session");
        cookie.setUseSecureCookie(secure);
        cookie.setUseHttpOnlyCookie(true);
        cookie.setSameSite("Lax");
        cookie.setCookiePath("/");
        return cookie;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new AccessRuleGate());
    }
}
