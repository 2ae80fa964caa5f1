package org.custodes.identity.signin;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.custodes.identity.security.SecretCipher;
import org.custodes.shared.MasterKey;
import org.custodes.shared.RateLimits;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The settings of sign-in throttling and of the encryption of second-factor secrets. */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

    @Bean
    LockoutPolicy lockoutPolicy(Clock clock,
            @Value("${custodes.sign-in.failures-before-lockout:5}") int failures,
            @Value("${custodes.sign-in.first-lockout:1m}") Duration firstLockout,
            @Value("${custodes.sign-in.longest-lockout:24h}") Duration longestLockout) {
        return new LockoutPolicy(clock, failures, firstLockout, longestLockout);
    }

    @Bean
    ClientThrottle clientThrottle(RateLimits limits,
            @Value("${custodes.sign-in.attempts-per-client-per-minute:20}") long attemptsPerMinute) {
        return new ClientThrottle(limits, attemptsPerMinute, Duration.ofMinutes(1));
    }

    @Bean
    SecretCipher secondFactorCipher(MasterKey masterKey) {
        return new SecretCipher(masterKey.derive("identity/totp-secret/v1"));
    }
}
