package org.custodes.directory;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.custodes.certification.body.AccreditationRoute;
import org.custodes.certification.CertificateStatus;
import org.custodes.certification.CertificationService;
import org.custodes.certification.certificate.RecordCertificate;
import org.custodes.certification.body.SaveCertificationBody;
import org.custodes.certification.StandardCode;
import org.custodes.membership.MembershipStatus;
import org.custodes.organisation.OrganisationKind;
import org.custodes.organisation.OrganisationService;
import org.custodes.organisation.SecurityService;
import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.custodes.support.IntegrationTest;
import org.custodes.support.TestActors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Verification answers come from {@link VerificationCache}: a standing or certificate changed on this node is in the
 * very next answer, however recently the company was verified.
 */
@IntegrationTest
class VerificationCacheIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired OrganisationService organisations;
    @Autowired CertificationService certification;
    @Autowired DirectoryService directory;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired Clock clock;

    DirectoryFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new DirectoryFixtures(organisations, directory, events, transactions);
    }

    @Test
    void aCertificateRecordedOrSuspendedIsInTheNextVerification() throws Exception {
        var unique = UUID.randomUUID().toString().substring(0, 8);
        var company = fixtures.registerCompany("Cached Guarding " + unique, "KE", SecurityService.STATIC_GUARDING);
        var body = fixtures.register(OrganisationKind.CERTIFICATION_BODY, "Cache Certification Body " + unique, "GB");
        fixtures.awaitStanding(company, Standing.NOT_A_MEMBER);
        acting(new OrganisationId(UUID.randomUUID()), "certification:manage", () -> {
            certification.saveBody(new SaveCertificationBody(body, AccreditationRoute.DIRECT, "UKAS", true,
                    Set.of(new StandardCode("PSC1-2012")), LocalDate.of(2018, 1, 1), null, "contact@" + unique + ".example"));
            return null;
        });
        // Verified twice, so that the empty list is certainly held by the cache.
        for (int i = 0; i < 2; i++) {
            mvc.perform(get("/api/v1/verify/{id}", company.value()))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.verification.certificates").isEmpty());
        }

        var number = "CACHE-" + unique;
        var certificate = acting(body, "certification:enter-certificates", () -> certification.recordCertificate(
                new RecordCertificate(number, new StandardCode("PSC1-2012"), null, company, null,
                        Set.of(SecurityService.STATIC_GUARDING), Set.of(new CountryCode("KE")), "Mombasa", null,
                        LocalDate.now(clock).minusMonths(2), null, "", CertificateStatus.ACTIVE, List.of())));

        mvc.perform(get("/api/v1/verify/{id}", company.value()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verification.certificates[0].number").value(number))
                .andExpect(jsonPath("$.verification.certificates[0].status").value("ACTIVE"));

        acting(body, "certification:enter-certificates", () -> {
            certification.changeCertificateStatus(certificate, CertificateStatus.SUSPENDED, LocalDate.now(clock));
            return null;
        });

        mvc.perform(get("/api/v1/verify/{id}", company.value()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verification.certificates[0].number").value(number))
                .andExpect(jsonPath("$.verification.certificates[0].status").value("SUSPENDED"));
    }

    @Test
    void aStandingChangeIsInTheNextVerification() throws Exception {
        var company = fixtures.registerCompany("Cached Escort " + UUID.randomUUID(), "KE", SecurityService.CONVOY_AND_ESCORT);
        var applied = LocalDate.now(clock).minusMonths(1);
        fixtures.changeStatus(company, null, MembershipStatus.APPLICANT, applied);
        fixtures.awaitStanding(company, Standing.APPLICANT);
        for (int i = 0; i < 2; i++) {
            mvc.perform(get("/api/v1/verify/{id}", company.value()))
                    .andExpect(jsonPath("$.verification.standing").value("APPLICANT"));
        }

        fixtures.changeStatus(company, MembershipStatus.APPLICANT, MembershipStatus.MEMBER, LocalDate.now(clock));
        fixtures.awaitStanding(company, Standing.MEMBER);

        mvc.perform(get("/api/v1/verify/{id}", company.value()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.verification.standing").value("MEMBER"));
    }

    private <T> T acting(OrganisationId organisation, String permission, Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(TestActors.of(organisation, permission).authentication());
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
