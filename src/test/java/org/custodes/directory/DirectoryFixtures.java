package org.custodes.directory;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.custodes.membership.MembershipStatus;
import org.custodes.membership.MembershipStatusChanged;
import org.custodes.membership.SanctionStep;
import org.custodes.membership.SanctionStepDecided;
import org.custodes.organisation.OrganisationKind;
import org.custodes.organisation.OrganisationService;
import org.custodes.organisation.RegisterOrganisation;
import org.custodes.organisation.SecurityService;
import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** Companies and membership decisions for the directory's integration tests, published as the real modules would. */
record DirectoryFixtures(OrganisationService organisations, DirectoryService directory, ApplicationEventPublisher events,
        TransactionTemplate transactions) {

    OrganisationId registerCompany(String name, String countries, SecurityService... services) {
        return register(OrganisationKind.COMPANY, name, countries, services);
    }

    OrganisationId register(OrganisationKind kind, String name, String countries, SecurityService... services) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("test", null,
                AuthorityUtils.createAuthorityList("organisation:manage")));
        SecurityContextHolder.setContext(context);
        try {
            var countryCodes = java.util.Arrays.stream(countries.split(",")).map(CountryCode::new)
                    .collect(java.util.stream.Collectors.toSet());
            return organisations.register(new RegisterOrganisation(kind, name, name.split(" ")[0],
                    countryCodes.iterator().next(), countryCodes, Set.of(services), "https://example.org/" + UUID.randomUUID()));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    void changeStatus(OrganisationId company, @Nullable MembershipStatus previous, MembershipStatus current, LocalDate on) {
        publish(new MembershipStatusChanged(company, previous, current, on, "test decision", "BD-" + UUID.randomUUID(), null));
    }

    void decideSanction(OrganisationId company, String caseReference, SanctionStep step, LocalDate on, boolean resolved) {
        publish(new SanctionStepDecided(company, caseReference, step, on, on.plusMonths(3), resolved));
    }

    void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }

    StandingAsOf awaitStanding(OrganisationId company, Standing expected) {
        return awaitValue(() -> {
            try {
                var standing = directory.standingAsOf(company, null);
                return standing.standing() == expected ? standing : null;
            } catch (org.custodes.shared.NotFound notYet) {
                return null;
            }
        });
    }

    void awaitListed(OrganisationId company) {
        awaitValue(() -> {
            try {
                return directory.profile(company);
            } catch (org.custodes.shared.NotFound notYet) {
                return null;
            }
        });
    }

    static <T> T awaitValue(Supplier<@Nullable T> value) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(50)).until(value::get, v -> v != null);
    }
}
