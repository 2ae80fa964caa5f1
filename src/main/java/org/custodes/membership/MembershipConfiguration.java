package org.custodes.membership;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.custodes.membership.outcome.CertificationDeadlinePolicy;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MembershipSettings.class)
class MembershipConfiguration {

    @Bean
    CertificationDeadlinePolicy certificationDeadlinePolicy(MembershipSettings settings) {
        return new CertificationDeadlinePolicy(settings.certificationDeadlineYears());
    }
}
