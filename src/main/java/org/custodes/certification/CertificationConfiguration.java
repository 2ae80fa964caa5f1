package org.custodes.certification;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the certification policy settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CertificationSettings.class)
class CertificationConfiguration {
}
