package org.custodes.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.custodes.identity.TestAccounts.TestAccount;
import org.custodes.identity.secondfactor.Base32;
import org.custodes.identity.secondfactor.Totp;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.Language;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.http.converter.autoconfigure.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on against a real OpenID provider: Spring Authorization Server, started by this test in its own small
 * context on a random port, with one registered client and users carrying a {@code groups} claim. A real HTTP client
 * (cookies kept, redirects followed) goes through the whole authorization-code flow: Custodes, the provider's login
 * form, the provider's authorization endpoint, Custodes' callback. Custodes trusts the provider's second factor in
 * this context, only when the ID token's {@code amr} says {@code mfa}; without it, our TOTP step follows.
 */
@IntegrationTest
class SingleSignOnIntegrationTests {

    private static final String PROVIDER_PASSWORD = "provider-password-2026";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern SECRET = Pattern.compile("id=\"secret\"[^>]*>([A-Z2-7 ]+)<");
    /** What the provider puts in the ID token of each of its users: e-mail, its verification, groups, amr. */
    static final Map<String, Map<String, Object>> CLAIMS = new ConcurrentHashMap<>();
    private static ConfigurableApplicationContext provider;
    private static int providerPort;
    private static volatile boolean clientRegistered;

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;
    @Autowired
    OrganisationService organisations;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcClient jdbc;

    private final Totp totp = new Totp();

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        startProvider();
        registry.add("custodes.sso.issuer", () -> "http://localhost:" + providerPort);
        registry.add("custodes.sso.client-id", () -> "custodes");
        registry.add("custodes.sso.client-secret", () -> "custodes-secret");
        registry.add("custodes.sso.name", () -> "Test Provider");
        registry.add("custodes.sso.role-claim", () -> "groups");
        registry.add("custodes.sso.roles.SECRETARIAT", () -> "custodes-secretariat");
        registry.add("custodes.sso.roles.BOARD_MEMBER", () -> "custodes-board");
        registry.add("custodes.sso.trust-provider-second-factor", () -> "true");
    }

    /** Started once and left running: the cached Custodes context keeps its issuer; it stops with the JVM. */
    static synchronized void startProvider() {
        if (provider == null) {
            provider = new SpringApplicationBuilder(Provider.class).web(WebApplicationType.SERVLET)
                    .properties("server.port=0", "spring.config.name=oidc-test-provider", "spring.main.banner-mode=off",
                            "spring.jmx.enabled=false")
                    .run();
            providerPort = ((WebServerApplicationContext) provider).getWebServer().getPort();
        }
    }

    @BeforeEach
    void registerCustodes() {
        if (!clientRegistered) {
            provider.getBean(RegisteredClientRepository.class).save(RegisteredClient.withId(UUID.randomUUID().toString())
                    .clientId("custodes").clientSecret("{noop}custodes-secret")
                    .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                    .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .redirectUri("http://127.0.0.1:" + port + "/login/oauth2/code/sso")
                    .scope(OidcScopes.OPENID).scope(OidcScopes.EMAIL).scope(OidcScopes.PROFILE)
                    .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                    .build());
            clientRegistered = true;
        }
    }

    @Test
    void theSignInPageOffersTheProviderAndTheProviderIsReachable() throws Exception {
        var page = new Visit().get(custodes("/sign-in"));
        assertThat(page.body()).contains("Sign in with Test Provider").contains("/oauth2/authorization/sso");
        var discovery = new Visit().get("http://localhost:" + providerPort + "/.well-known/openid-configuration");
        assertThat(discovery.statusCode()).isEqualTo(200);
    }

    @Test
    void aLinkRequestAwaitsTheAdministratorThenTheNextSignInLeadsToOurSecondFactor() throws Exception {
        var account = TestAccounts.create(identity, organisations, Role.SECRETARIAT_OFFICER, Language.EN);
        var user = providerUser(account.email(), true, List.of("custodes-secretariat", "staff"), List.of("pwd"));

        var first = new Visit().signInWithProvider(user);
        assertThat(first.uri().getPath()).isEqualTo("/sign-in/single-sign-on");
        assertThat(first.uri().getQuery()).isEqualTo("outcome=pending");
        assertThat(first.body()).contains("An administrator must approve the link");
        assertThat(linkStatus(account)).isEqualTo("PENDING");
        assertThat(audited(account, "identity.external-identity-link-requested")).isEqualTo(1);

        // Until approved, asking again changes nothing and signs no one in.
        var again = new Visit();
        assertThat(again.signInWithProvider(user).uri().getQuery()).isEqualTo("outcome=pending");
        assertThat(again.get(custodes("/workspace")).uri().getPath()).isEqualTo("/sign-in");
        assertThat(audited(account, "identity.external-identity-link-requested")).isEqualTo(1);

        approve(account);
        assertThat(linkStatus(account)).isEqualTo("APPROVED");
        assertThat(audited(account, "identity.external-identity-link-decided")).isEqualTo(1);

        var visit = new Visit();
        var signedIn = visit.signInWithProvider(user);
        // amr says "pwd" only: our TOTP enrolment is due, and nothing else opens meanwhile.
        assertThat(signedIn.uri().getPath()).isEqualTo("/sign-in/second-factor/enrolment");
        assertThat(visit.get(custodes("/workspace")).uri().getPath()).isEqualTo("/sign-in/second-factor/enrolment");
        assertThat(audited(account, "identity.single-sign-on-accepted")).isEqualTo(1);
        assertThat(audited(account, "identity.sign-in-succeeded")).isZero();

        var secret = secretOn(signedIn.body());
        var enrolled = visit.post(custodes("/sign-in/second-factor/enrolment"), signedIn.body(),
                Map.of("code", totp.codeAt(secret, Totp.stepAt(Instant.now()))));
        assertThat(enrolled.statusCode()).isEqualTo(200);
        var workspace = visit.get(custodes("/workspace"));
        assertThat(workspace.uri().getPath()).isEqualTo("/workspace");
        assertThat(workspace.statusCode()).isEqualTo(200);
        assertThat(audited(account, "identity.sign-in-succeeded")).isEqualTo(1);
    }

    @Test
    void theProvidersSecondFactorCountsOnlyWhenTrustedAndNamedInAmr() throws Exception {
        var account = TestAccounts.create(identity, organisations, Role.SECRETARIAT_ADMIN, Language.FR);
        var user = providerUser(account.email(), true, List.of("custodes-secretariat"), List.of("pwd", "mfa"));
        new Visit().signInWithProvider(user);
        approve(account);

        var visit = new Visit();
        var signedIn = visit.signInWithProvider(user);

        assertThat(signedIn.uri().getPath()).isEqualTo("/workspace");
        assertThat(signedIn.statusCode()).isEqualTo(200);
        assertThat(audited(account, "identity.sign-in-succeeded")).isEqualTo(1);
    }

    @Test
    void theRoleClaimMustGrantTheAccountsRole() throws Exception {
        var board = TestAccounts.create(identity, organisations.findByLegalName("Colectivo por los Derechos Humanos")
                .orElseThrow().id(), Role.BOARD_MEMBER, Language.ES);
        var asSecretariat = providerUser(board.email(), true, List.of("custodes-secretariat"), List.of("pwd"));

        var refused = new Visit().signInWithProvider(asSecretariat);

        assertThat(refused.uri().getQuery()).isEqualTo("outcome=role-mismatch");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(linkStatus(board)).isNull();
        assertThat(refusals(board, "ROLE_MISMATCH")).isEqualTo(1);

        // With the Board group the same person may ask for a link; approved, a later group change refuses again.
        var asBoard = providerUser(board.email(), true, List.of("custodes-board"), List.of("pwd"));
        assertThat(new Visit().signInWithProvider(asBoard).uri().getQuery()).isEqualTo("outcome=pending");
        approve(board);
        assertThat(new Visit().signInWithProvider(asBoard).uri().getPath()).isEqualTo("/sign-in/second-factor/enrolment");
        CLAIMS.get(asBoard).put("groups", List.of("staff"));
        assertThat(new Visit().signInWithProvider(asBoard).uri().getQuery()).isEqualTo("outcome=role-mismatch");
    }

    @Test
    void anUnverifiedEmailIsRefusedAndNothingIsLinked() throws Exception {
        var account = TestAccounts.create(identity, organisations, Role.SECRETARIAT_OFFICER, Language.EN);
        var user = providerUser(account.email(), false, List.of("custodes-secretariat"), List.of("pwd"));

        var refused = new Visit().signInWithProvider(user);

        assertThat(refused.uri().getQuery()).isEqualTo("outcome=unverified-email");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("has not verified your e-mail address").contains("Nothing was linked");
        assertThat(linkStatus(account)).isNull();
        assertThat(jdbc.sql("select count(*) from audit.audit_event where action = 'identity.single-sign-on-refused' "
                + "and details::text like '%UNVERIFIED_EMAIL%'").query(Long.class).single()).isPositive();
    }

    @Test
    void anAddressWithoutAccountIsRefused() throws Exception {
        var user = providerUser("nobody-" + UUID.randomUUID() + "@test.custodes.example", true,
                List.of("custodes-secretariat"), List.of("pwd"));

        var refused = new Visit().signInWithProvider(user);

        assertThat(refused.uri().getQuery()).isEqualTo("outcome=unknown-account");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from identity.external_identity where subject = :s")
                .param("s", user).query(Long.class).single()).isZero();
    }

    @Test
    void aCompanyAccountCanNeverSignInByTheProvider() throws Exception {
        var company = organisations.findByLegalName("Aegis Shield Security Ltd").orElseThrow().id();
        var account = TestAccounts.create(identity, company, Role.COMPANY_REPRESENTATIVE, Language.EN);
        var user = providerUser(account.email(), true, List.of("custodes-secretariat", "custodes-board"), List.of("pwd", "mfa"));

        var visit = new Visit();
        var refused = visit.signInWithProvider(user);

        assertThat(refused.uri().getQuery()).isEqualTo("outcome=not-staff");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("only for secretariat and Board accounts");
        assertThat(linkStatus(account)).isNull();
        assertThat(visit.get(custodes("/workspace")).uri().getPath()).isEqualTo("/sign-in");
        assertThat(refusals(account, "NOT_STAFF")).isEqualTo(1);
    }

    @Test
    void aRefusedLinkStaysRefused() throws Exception {
        var account = TestAccounts.create(identity, organisations, Role.SECRETARIAT_OFFICER, Language.EN);
        var user = providerUser(account.email(), true, List.of("custodes-secretariat"), List.of("pwd"));
        new Visit().signInWithProvider(user);
        decide(account, false);

        assertThat(new Visit().signInWithProvider(user).uri().getQuery()).isEqualTo("outcome=link-refused");
        assertThat(linkStatus(account)).isEqualTo("REFUSED");
    }

    // The provider's users and the administrator's decision

    /** A user at the provider, named by a fresh subject, whose ID token carries these claims. */
    private static String providerUser(String email, boolean verified, List<String> groups, List<String> amr) {
        var username = "provider-" + UUID.randomUUID();
        provider.getBean(InMemoryUserDetailsManager.class)
                .createUser(User.withUsername(username).password("{noop}" + PROVIDER_PASSWORD).roles("USER").build());
        var claims = new ConcurrentHashMap<String, Object>();
        claims.put("email", email);
        claims.put("email_verified", verified);
        claims.put("groups", groups);
        claims.put("amr", amr);
        CLAIMS.put(username, claims);
        return username;
    }

    private void approve(TestAccount account) {
        decide(account, true);
    }

    private void decide(TestAccount account, boolean approve) {
        var admin = accounts.loadUserByUsername("admin@custodes.example");
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            var link = identity.externalIdentityLinks(ExternalIdentityLink.Status.PENDING).stream()
                    .filter(l -> l.account().equals(account.id())).findFirst().orElseThrow();
            identity.decideExternalIdentityLink(link.id(), approve);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private String linkStatus(TestAccount account) {
        return jdbc.sql("select status from identity.external_identity where account_id = :a")
                .param("a", account.id().value()).query(String.class).optional().orElse(null);
    }

    private long audited(TestAccount account, String action) {
        return jdbc.sql("select count(*) from audit.audit_event where action = :action and subject = :subject")
                .param("action", action).param("subject", "account:" + account.id()).query(Long.class).single();
    }

    private long refusals(TestAccount account, String reason) {
        return jdbc.sql("select count(*) from audit.audit_event where action = 'identity.single-sign-on-refused' "
                        + "and subject = :subject and details::text like :reason")
                .param("subject", "account:" + account.id()).param("reason", "%" + reason + "%").query(Long.class).single();
    }

    private String custodes(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static byte[] secretOn(String page) {
        var matcher = SECRET.matcher(page);
        assertThat(matcher.find()).as("the enrolment page shows a secret").isTrue();
        return Base32.decode(matcher.group(1));
    }

    /** One browser: its own cookies (Custodes at 127.0.0.1, the provider at localhost), redirects followed. */
    private final class Visit {

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NORMAL).build();

        HttpResponse<String> get(String url) throws IOException, InterruptedException {
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        }

        /** Posts the form of a page, with the page's CSRF token. */
        HttpResponse<String> post(String url, String page, Map<String, String> fields) throws IOException, InterruptedException {
            var csrf = CSRF.matcher(page);
            assertThat(csrf.find()).as("the page has a CSRF token").isTrue();
            var form = new LinkedHashMap<>(fields);
            form.put("_csrf", csrf.group(1).replace("&#45;", "-"));
            var body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html")
                    .header("Content-Type", MediaType.APPLICATION_FORM_URLENCODED_VALUE)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** The button on our sign-in page, the provider's login form, and back: where Custodes leads after it. */
        HttpResponse<String> signInWithProvider(String username) throws IOException, InterruptedException {
            var login = get(custodes("/oauth2/authorization/sso"));
            assertThat(login.uri().getPort()).as("the provider's login page").isEqualTo(providerPort);
            assertThat(login.uri().getPath()).isEqualTo("/login");
            return post("http://localhost:" + providerPort + "/login", login.body(),
                    Map.of("username", username, "password", PROVIDER_PASSWORD));
        }
    }

    /**
     * The OpenID provider: Spring Authorization Server with form login, in-memory users and a groups claim. Not a
     * {@code @Configuration}, so neither this test's context nor the application's scanning picks it up.
     */
    @EnableWebSecurity
    @ImportAutoConfiguration({ TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
            WebMvcAutoConfiguration.class, HttpMessageConvertersAutoConfiguration.class, JacksonAutoConfiguration.class,
            SecurityFilterAutoConfiguration.class, ErrorMvcAutoConfiguration.class })
    static class Provider {

        @Bean
        @Order(1)
        SecurityFilterChain authorizationServer(HttpSecurity http) throws Exception {
            var server = new OAuth2AuthorizationServerConfigurer();
            http.securityMatcher(server.getEndpointsMatcher())
                    .with(server, s -> s.oidc(Customizer.withDefaults()))
                    .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                    .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                            new LoginUrlAuthenticationEntryPoint("/login"), new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
            return http.build();
        }

        @Bean
        @Order(2)
        SecurityFilterChain login(HttpSecurity http) throws Exception {
            http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated()).formLogin(Customizer.withDefaults());
            return http.build();
        }

        @Bean
        InMemoryUserDetailsManager users() {
            return new InMemoryUserDetailsManager();
        }

        @Bean
        RegisteredClientRepository clients() {
            // Custodes registers itself once its port is known (see registerCustodes); a placeholder keeps it non-empty.
            return new InMemoryRegisteredClientRepository(RegisteredClient.withId("placeholder").clientId("placeholder")
                    .clientSecret("{noop}unused").authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS).build());
        }

        @Bean
        AuthorizationServerSettings settings() {
            return AuthorizationServerSettings.builder().build();
        }

        private final java.security.KeyPair pair = keyPair();

        private static java.security.KeyPair keyPair() {
            try {
                var generator = java.security.KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                return generator.generateKeyPair();
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Bean
        com.nimbusds.jose.jwk.source.JWKSource<com.nimbusds.jose.proc.SecurityContext> keys() {
            var key = new com.nimbusds.jose.jwk.RSAKey.Builder((java.security.interfaces.RSAPublicKey) pair.getPublic())
                    .privateKey(pair.getPrivate()).keyID(UUID.randomUUID().toString()).build();
            return new com.nimbusds.jose.jwk.source.ImmutableJWKSet<>(new com.nimbusds.jose.jwk.JWKSet(key));
        }

        /** For the provider's userinfo endpoint, which reads its own access tokens. */
        @Bean
        org.springframework.security.oauth2.jwt.JwtDecoder accessTokens() {
            return org.springframework.security.oauth2.jwt.NimbusJwtDecoder
                    .withPublicKey((java.security.interfaces.RSAPublicKey) pair.getPublic()).build();
        }

        @Bean
        OAuth2TokenCustomizer<JwtEncodingContext> idTokenClaims() {
            return context -> {
                if ("id_token".equals(context.getTokenType().getValue())) {
                    var claims = CLAIMS.get(context.getPrincipal().getName());
                    if (claims != null) {
                        context.getClaims().claims(c -> c.putAll(claims));
                    }
                }
            };
        }
    }
}
