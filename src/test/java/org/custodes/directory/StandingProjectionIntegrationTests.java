package org.custodes.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.UUID;

import org.custodes.membership.MembershipStatus;
import org.custodes.membership.MembershipStatusChanged;
import org.custodes.membership.SanctionStep;
import org.custodes.organisation.OrganisationKind;
import org.custodes.organisation.OrganisationService;
import org.custodes.organisation.SecurityService;
import org.custodes.shared.NotFound;
import org.custodes.shared.PageQuery;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class StandingProjectionIntegrationTests {

    @Autowired OrganisationService organisations;
    @Autowired DirectoryService directory;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired JdbcClient jdbc;

    DirectoryFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new DirectoryFixtures(organisations, directory, events, transactions);
    }

    @Test
    void aRegisteredCompanyIsListedAsNotAMemberUntilMembershipDecides() {
        var company = fixtures.registerCompany("Listed Guarding " + UUID.randomUUID(), "KE,UG", SecurityService.STATIC_GUARDING);
        fixtures.awaitListed(company);
        assertThat(directory.standingAsOf(company, null).standing()).isEqualTo(Standing.NOT_A_MEMBER);

        fixtures.changeStatus(company, null, MembershipStatus.APPLICANT, LocalDate.of(2025, 1, 10));
        fixtures.changeStatus(company, MembershipStatus.APPLICANT, MembershipStatus.MEMBER, LocalDate.of(2025, 6, 1));
        var member = fixtures.awaitStanding(company, Standing.MEMBER);
        FixturesWait.untilEventsHandled(jdbc, company);

        assertThat(member.since()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(directory.standingAsOf(company, LocalDate.of(2025, 5, 31)).standing()).isEqualTo(Standing.APPLICANT);
        assertThat(directory.standingAsOf(company, LocalDate.of(2025, 1, 9)).standing()).isEqualTo(Standing.NOT_A_MEMBER);
        var listed = directory.search(new DirectorySearch(null, null, null, Standing.MEMBER), new PageQuery(0, 100));
        assertThat(listed.items()).extracting(CompanyListing::id).contains(company);
    }

    @Test
    void aRedeliveredEventDoesNotDuplicateTheHistory() {
        var company = fixtures.registerCompany("Redelivered Security " + UUID.randomUUID(), "FR");
        var event = new MembershipStatusChanged(company, null, MembershipStatus.MEMBER, LocalDate.of(2025, 2, 1),
                "admitted", "BD-7", null);
        fixtures.publish(event);
        fixtures.awaitStanding(company, Standing.MEMBER);
        fixtures.publish(event);
        fixtures.decideSanction(company, "CASE-" + UUID.randomUUID(), SanctionStep.CORRECTIVE_ACTION, LocalDate.of(2025, 3, 1), false);
        FixturesWait.untilEventsHandled(jdbc, company);

        assertThat(jdbc.sql("select count(*) from directory.membership_fact where organisation_id = :id")
                .param("id", company.value()).query(Long.class).single()).isEqualTo(1);
        assertThat(directory.history(company)).containsExactly(
                new StandingPeriod(LocalDate.of(2025, 2, 1), Standing.MEMBER, LocalDate.of(2025, 2, 1), false),
                new StandingPeriod(LocalDate.of(2025, 3, 1), Standing.MEMBER, LocalDate.of(2025, 2, 1), true));
    }

    @Test
    void organisationsThatAreNotCompaniesAreNeverListed() {
        var cso = fixtures.register(OrganisationKind.CIVIL_SOCIETY, "Not A Company Watch " + UUID.randomUUID(), "KE");
        fixtures.changeStatus(cso, null, MembershipStatus.MEMBER, LocalDate.of(2025, 1, 1));
        // A company published after the CSO proves the listener has processed the CSO's event by then.
        var company = fixtures.registerCompany("Sentinel After CSO " + UUID.randomUUID(), "KE");
        fixtures.changeStatus(company, null, MembershipStatus.MEMBER, LocalDate.of(2025, 1, 1));
        fixtures.awaitStanding(company, Standing.MEMBER);

        assertThatThrownBy(() -> directory.standingAsOf(cso, null)).isInstanceOf(NotFound.class);
    }
}
