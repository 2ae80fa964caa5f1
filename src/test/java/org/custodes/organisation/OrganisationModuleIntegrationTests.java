package org.custodes.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.custodes.support.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The organisation module starts with only what it declares (shared) and the platform that runs every module (the
 * database, the clock): no other module's bean is in its context, and it still answers.
 */
@ApplicationModuleTest(extraIncludes = "platform")
@TestPropertySource(properties = { "custodes.scheduling.enabled=false", "custodes.demo.enabled=false" })
@ContextConfiguration(initializers = TestDatabase.class)
class OrganisationModuleIntegrationTests {

    @Autowired OrganisationService organisations;
    @Autowired ApplicationContext context;

    @Test
    void theModuleBootsWithItsDeclaredDependenciesAlone() {
        assertThat(organisations.namesOf(Set.of())).isEmpty();
        assertThat(context.getBeanNamesForType(org.custodes.identity.IdentityService.class)).isEmpty();
        assertThat(context.getBeanNamesForType(org.custodes.membership.MembershipService.class)).isEmpty();
    }
}
