package org.custodes.identity.singlesignon;

import java.util.Iterator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.custodes.identity.secondfactor.SecondFactors;
import org.custodes.identity.signin.SignInCompletion;

/**
 * Single sign-on with an OpenID provider, only when {@code custodes.sso.issuer} is set: the client registration,
 * discovered from the issuer when the provider is first needed (so Custodes starts while the provider is down), and
 * the handler that turns a provider's sign-in into ours. Without an issuer none of this exists and the OAuth2 routes
 * answer 404.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SingleSignOnSettings.class)
public class SingleSignOnConfiguration {

    static final String ENABLED = "!'${custodes.sso.issuer:}'.isBlank()";

    @Bean
    @ConditionalOnExpression(ENABLED)
    ClientRegistrationRepository singleSignOnRegistration(SingleSignOnSettings settings) {
        return new DiscoveredRegistration(settings);
    }

    /** We call no API of the provider, so its tokens are not kept once the sign-in is decided. */
    @Bean
    @ConditionalOnExpression(ENABLED)
    OAuth2AuthorizedClientRepository singleSignOnTokensNotKept() {
        return new OAuth2AuthorizedClientRepository() {
            @Override
            public <T extends OAuth2AuthorizedClient> @Nullable T loadAuthorizedClient(String registrationId,
                    Authentication principal, HttpServletRequest request) {
                return null;
            }

            @Override
            public void saveAuthorizedClient(OAuth2AuthorizedClient client, Authentication principal,
                    HttpServletRequest request, HttpServletResponse response) {
                // not kept
            }

            @Override
            public void removeAuthorizedClient(String registrationId, Authentication principal,
                    HttpServletRequest request, HttpServletResponse response) {
                // nothing kept
            }
        };
    }

    @Bean
    @ConditionalOnExpression(ENABLED)
    SingleSignOnOutcome singleSignOnOutcome(SingleSignOnDesk desk, SignInCompletion completion,
            SecondFactors secondFactors) {
        return new SingleSignOnOutcome(desk, completion, secondFactors);
    }

    /** Exchanges the code for tokens, checks the ID token (signature, issuer, audience, nonce) and reads userinfo. */
    public static AuthenticationProvider codeFlow() {
        return new OidcAuthorizationCodeAuthenticationProvider(new RestClientAuthorizationCodeTokenResponseClient(),
                new OidcUserService());
    }

    /** The one registration, read from the issuer's discovery document on first use and kept once read. */
    static final class DiscoveredRegistration implements ClientRegistrationRepository, Iterable<ClientRegistration> {

        private final SingleSignOnSettings settings;
        private volatile @Nullable ClientRegistration registration;

        DiscoveredRegistration(SingleSignOnSettings settings) {
            this.settings = settings;
        }

        @Override
        public @Nullable ClientRegistration findByRegistrationId(String registrationId) {
            return SingleSignOnSettings.REGISTRATION_ID.equals(registrationId) ? registration() : null;
        }

        @Override
        public Iterator<ClientRegistration> iterator() {
            return List.of(registration()).iterator();
        }

        private ClientRegistration registration() {
            var found = registration;
            if (found == null) {
                found = ClientRegistrations.fromIssuerLocation(settings.issuer())
                        .registrationId(SingleSignOnSettings.REGISTRATION_ID)
                        .clientName(settings.name())
                        .clientId(settings.clientId())
                        .clientSecret(settings.clientSecret())
                        .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                        .scope(settings.scopes())
                        .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                        .build();
                registration = found;
            }
            return found;
        }
    }
}
