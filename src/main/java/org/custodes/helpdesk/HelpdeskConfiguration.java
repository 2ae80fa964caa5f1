package org.custodes.helpdesk;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HelpdeskSettings.class)
class HelpdeskConfiguration {
}
