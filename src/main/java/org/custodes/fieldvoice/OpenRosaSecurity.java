package org.custodes.fieldvoice;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The OpenRosa endpoints ({@code /openrosa/**}, the server URL a team enters in Collect) have a filter chain of
 * their own, before the page chain: stateless, HTTP Basic with the device's credentials (Collect sends them only
 * over TLS), no CSRF because no cookie is read, no session created. The page and API chains are unchanged.
 */
@Configuration(proxyBeanMethods = false)
class OpenRosaSecurity {

    static final String PATHS = "/openrosa/**";

    @Bean
    @Order(0)
    SecurityFilterChain openRosa(HttpSecurity http, FieldVoiceService fieldVoice) throws Exception {
        http.securityMatcher(PATHS)
                .authenticationManager(new ProviderManager(new DeviceAuthentication(fieldVoice)))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName("Custodes field devices"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'")));
        return http.build();
    }

    /** Checks a device's user name and secret against the stored hash; a revoked device or closed mission fails. */
    static final class DeviceAuthentication implements AuthenticationProvider {

        private final FieldVoiceService fieldVoice;

        DeviceAuthentication(FieldVoiceService fieldVoice) {
            this.fieldVoice = fieldVoice;
        }

        @Override
        public Authentication authenticate(Authentication authentication) {
            var secret = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
            var device = fieldVoice.authenticate(authentication.getName(), secret);
            if (device == null) {
                throw new BadCredentialsException("Unknown or revoked device");
            }
            return UsernamePasswordAuthenticationToken.authenticated(device, null,
                    List.of(new SimpleGrantedAuthority(FieldDevice.AUTHORITY)));
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
        }
    }
}
