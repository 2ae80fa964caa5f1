package org.custodes.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.custodes.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit module depends on shared alone: started with nothing but itself and the platform (database, clock), it
 * still appends every auditable event, in the transaction that published it. No other module's bean is there.
 */
@ApplicationModuleTest(extraIncludes = "platform")
@TestPropertySource(properties = { "custodes.scheduling.enabled=false", "custodes.demo.enabled=false" })
@ContextConfiguration(initializers = TestDatabase.class)
class AuditModuleIntegrationTests {

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationContext context;

    @Test
    void theModuleAloneAppendsAnAuditableEvent() {
        var subject = "module-test-" + UUID.randomUUID();

        transactions.executeWithoutResult(status -> events.publishEvent(new AuditTestEvent(subject, "standalone")));

        assertThat(jdbc.sql("select count(*) from audit.audit_event where subject = :subject").param("subject", subject)
                .query(Long.class).single()).isOne();
        assertThat(context.getBeanNamesForType(org.custodes.identity.IdentityService.class)).isEmpty();
        assertThat(context.getBeanNamesForType(org.custodes.organisation.OrganisationService.class)).isEmpty();
    }
}
