package org.custodes.complaint;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.custodes.complaint.workflow.Deadlines;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ComplaintSettings.class)
class ComplaintConfiguration {

    @Bean
    Deadlines complaintDeadlines(ComplaintSettings settings) {
        return new Deadlines(settings);
    }
}
