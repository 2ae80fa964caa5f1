package org.custodes.directory;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the rate limiter in front of the public directory and verification APIs only. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    FilterRegistrationBean<RateLimiter> directoryRateLimit(RateLimiter limiter) {
        var registration = new FilterRegistrationBean<>(limiter);
        registration.addUrlPatterns(RateLimiter.PATHS);
        return registration;
    }
}
