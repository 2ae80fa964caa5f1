package org.custodes.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.custodes.certification.application.CertificationApplicationStatus;
import org.custodes.certification.application.ChecklistItem;
import org.custodes.certification.application.DecideApplication;
import org.custodes.certification.application.Decision;
import org.custodes.certification.application.DocumentKind;
import org.custodes.certification.application.OpenApplication;
import org.custodes.certification.application.UploadDocument;
import org.custodes.certification.body.AccreditationRoute;
import org.custodes.certification.body.SaveCertificationBody;
import org.custodes.certification.certificate.BulkLoadRefused;
import org.custodes.certification.certificate.CertificateImportProblem;
import org.custodes.certification.certificate.RecordCertificate;
import org.custodes.certification.cycle.AuditType;
import org.custodes.certification.cycle.CertificationCycleJob;
import org.custodes.certification.cycle.ExpiryWarnings;
import org.custodes.certification.cycle.RecordAudit;
import org.custodes.certification.cycle.Redaction;
import org.custodes.organisation.OrganisationKind;
import org.custodes.organisation.OrganisationService;
import org.custodes.organisation.RegisterOrganisation;
import org.custodes.organisation.SecurityService;
import org.custodes.shared.CountryCode;
import org.custodes.shared.Language;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.custodes.support.IntegrationTest;
import org.custodes.support.TestActors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CertificationIntegrationTests {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.US_ASCII);

    @Autowired MockMvc mvc;
    @Autowired CertificationService certification;
    @Autowired OrganisationService organisations;
    @Autowired CertificationCycleJob cycle;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    static Authentication as(OrganisationId organisation, String... permissions) {
        return TestActors.of(organisation, permissions).authentication();
    }

    <T> T acting(Authentication who, Supplier<T> work) {
        SecurityContextHolder.getContext().setAuthentication(who);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static final OrganisationId SECRETARIAT = new OrganisationId(UUID.randomUUID());

    Authentication secretariat() {
        return as(SECRETARIAT, CertificationAccess.MANAGE, CertificationAccess.READ, "organisation:manage");
    }

    String unique(String name) {
        return name + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    OrganisationId register(OrganisationKind kind, String name, String countries, SecurityService... services) {
        return acting(secretariat(), () -> organisations.register(new RegisterOrganisation(kind, name, name,
                new CountryCode("GB"), java.util.Arrays.stream(countries.split(";")).map(CountryCode::new)
                        .collect(java.util.stream.Collectors.toSet()), Set.of(services), null)));
    }

    OrganisationId acceptedBody() {
        var body = register(OrganisationKind.CERTIFICATION_BODY, unique("Test Certification Body"), "GB");
        acting(secretariat(), () -> {
            certification.saveBody(new SaveCertificationBody(body, AccreditationRoute.DIRECT, "UKAS", true,
                    Set.of(new StandardCode("PSC1-2012"), new StandardCode("ISO18788-2015")), LocalDate.of(2018, 1, 1),
                    null, "contact@" + body + ".example"));
            return null;
        });
        return body;
    }

    String certificateJson(String number, String companyName, String sites) {
        return """
                {"certificateNumber": "%s", "standard": "PSC1-2012", "companyName": "%s",
                 "services": ["STATIC_GUARDING"], "countries": ["KE", "UG"], "sites": "%s",
                 "currentIssueDate": "%s",
                 "audits": [{"type": "STAGE_2", "date": "%s", "outcome": "Recommended",
                             "nonconformities": [{"grade": "MINOR", "description": "Training records late",
                                                  "correctiveAction": "Monthly records review"}]}]}
                """.formatted(number, companyName, sites, LocalDate.now(clock).minusMonths(2),
                LocalDate.now(clock).minusMonths(3));
    }

    @Test
    void theBodysFeedCreatesThenUpdatesAndNeverDuplicates() throws Exception {
        var body = acceptedBody();
        var company = register(OrganisationKind.COMPANY, unique("Feed Guarding Ltd"), "KE;UG", SecurityService.STATIC_GUARDING);
        var companyName = acting(secretariat(), () -> organisations.get(company).legalName());
        var first = unique("FEED");
        var second = unique("FEED");
        var feed = "[" + certificateJson(first, companyName.toUpperCase(), "Nairobi") + ","
                + certificateJson(second, "Nobody We Know Ltd", "Kampala") + "]";
        mvc.perform(post("/api/v1/certification/certificates").with(authentication(as(body, CertificationAccess.ENTER)))
                        .contentType(MediaType.APPLICATION_JSON).content(feed))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(2))
                .andExpect(jsonPath("$.unmatched.length()").value(1));

        var again = "[" + certificateJson(first, companyName, "Nairobi and Eldoret") + ","
                + certificateJson(second, "Nobody We Know Ltd", "Kampala") + "]";
        mvc.perform(post("/api/v1/certification/certificates").with(authentication(as(body, CertificationAccess.ENTER)))
                        .contentType(MediaType.APPLICATION_JSON).content(again))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.created").value(0))
                .andExpect(jsonPath("$.updated").value(2));

        assertThat(jdbc.sql("select count(*) from certification.certificate where body_id = :body")
                .param("body", body.value()).query(Long.class).single()).isEqualTo(2);
        var matched = certification.publicCertificatesOf(company, LocalDate.now(clock));
        assertThat(matched).singleElement().satisfies(certificate -> {
            assertThat(certificate.number()).isEqualTo(first);
            assertThat(certificate.sites()).isEqualTo("Nairobi and Eldoret");
            assertThat(certificate.status()).isEqualTo(CertificateStatus.ACTIVE);
        });
    }

    @Test
    void aFeedItemBreakingARuleIsRefusedWithItsRowAndFieldAndNothingIsSaved() throws Exception {
        var body = acceptedBody();
        var good = unique("GOOD");
        var bad = certificateJson(unique("BAD"), "Someone", "x").replace("PSC1-2012", "ISO28007-1-2015");
        mvc.perform(post("/api/v1/certification/certificates").with(authentication(as(body, CertificationAccess.ENTER)))
                        .contentType(MediaType.APPLICATION_JSON).content("[" + certificateJson(good, "Someone", "x") + "," + bad + "]"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].row").value(2))
                .andExpect(jsonPath("$.errors[0].column").value("certificationBody"));
        assertThat(jdbc.sql("select count(*) from certification.certificate where certificate_number = :n")
                .param("n", good).query(Long.class).single()).isZero();
    }

    @Test
    void aCsvWithOneBadRowSavesNothingAndListsRowColumnAndMessage() throws Exception {
        var body = acceptedBody();
        var bodyName = acting(secretariat(), () -> organisations.get(body).legalName());
        var good = unique("CSV");
        var csv = """
                certificate_number,standard,certification_body,company_name,services,countries,current_issue_date,expiry_date
                %s,PSC1-2012,%s,Someone Ltd,STATIC_GUARDING,KE,%s,
                %s,PSC1-2012,%s,Someone Ltd,STATIC_GUARDING,KE,%s,%s
                """.formatted(good, bodyName, LocalDate.now(clock).minusMonths(1), unique("CSV"), bodyName,
                LocalDate.now(clock).minusMonths(1), LocalDate.now(clock).minusMonths(2));
        var file = new MockMultipartFile("file", "certificates.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/certification/certificates/import").file(file).with(csrf())
                        .with(authentication(secretariat())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("expiryDate")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("<td>3</td>")));
        assertThat(jdbc.sql("select count(*) from certification.certificate where certificate_number = :n")
                .param("n", good).query(Long.class).single()).isZero();

        var refused = acting(secretariat(), () -> {
            try {
                certification.importCertificates("certificates.csv", csv.getBytes(StandardCharsets.UTF_8));
                return null;
            } catch (BulkLoadRefused e) {
                return e;
            }
        });
        assertThat(refused).isNotNull();
        assertThat(refused.problems()).extracting(CertificateImportProblem::row, CertificateImportProblem::column)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "expiryDate"));
    }

    @Test
    void anAuditorSeesAndChangesOnlyItsOwnBodysCertificates() throws Exception {
        var bodyA = acceptedBody();
        var bodyB = acceptedBody();
        var id = acting(as(bodyA, CertificationAccess.ENTER), () -> certification.recordCertificate(
                new RecordCertificate(unique("OWN"), new StandardCode("PSC1-2012"), null, null, "Someone Ltd",
                        Set.of(SecurityService.STATIC_GUARDING), Set.of(new CountryCode("KE")), "", null,
                        LocalDate.now(clock).minusMonths(1), null, "", CertificateStatus.ACTIVE, List.of())));

        mvc.perform(get("/api/v1/certification/certificates/{id}", id.value()).with(authentication(as(bodyA, CertificationAccess.ENTER))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/certification/certificates/{id}", id.value()).with(authentication(as(bodyB, CertificationAccess.ENTER))))
                .andExpect(status().isNotFound());
        mvc.perform(post("/certification/certificates/{id}/status", id.value()).with(csrf())
                        .with(authentication(as(bodyB, CertificationAccess.ENTER)))
                        .param("status", "WITHDRAWN").param("effectiveOn", LocalDate.now(clock).toString()))
                .andExpect(status().isNotFound());
        assertThatExceptionOfType(NotFound.class).isThrownBy(() -> acting(as(bodyB, CertificationAccess.ENTER), () -> {
            certification.recordAudit(id, new RecordAudit(AuditType.STAGE_2, LocalDate.now(clock).minusMonths(2), "ok", List.of()));
            return null;
        }));
        assertThat(acting(secretariat(), () -> certification.certificate(id)).summary().status())
                .isEqualTo(CertificateStatus.ACTIVE);
    }

    @Test
    void anApplicationDecidedCertifiedCertifiesTheCompanyUntilItsCertificateLapses() throws Exception {
        var body = acceptedBody();
        var company = register(OrganisationKind.COMPANY, unique("Applicant Security Ltd"), "KE", SecurityService.STATIC_GUARDING);
        var issued = LocalDate.now(clock).minusYears(3).plusDays(20);
        var certificate = acting(as(body, CertificationAccess.ENTER), () -> certification.recordCertificate(
                new RecordCertificate(unique("APP"), new StandardCode("PSC1-2012"), null, company, null,
                        Set.of(SecurityService.STATIC_GUARDING), Set.of(new CountryCode("KE")), "Nairobi", null, issued,
                        null, "", CertificateStatus.ACTIVE, List.of(
                                new RecordAudit(AuditType.SURVEILLANCE_1, issued.plusYears(1), "ok", List.of()),
                                new RecordAudit(AuditType.SURVEILLANCE_2, issued.plusYears(2), "ok", List.of())))));
        var companyUser = as(company, CertificationAccess.APPLY);
        var contact = unique("contact").replace(' ', '-') + "@applicant.example";
        var application = acting(companyUser, () -> {
            var id = certification.openApplication(new OpenApplication(certificate, contact, Language.FR));
            certification.uploadDocument(id, new UploadDocument(DocumentKind.CERTIFICATE, null, "cert.pdf", PDF, List.of()));
            certification.uploadDocument(id, new UploadDocument(DocumentKind.AUDIT_REPORT, null, "report.pdf", PDF,
                    List.of(new Redaction("p. 4", "Names of guards are personal data"))));
            certification.uploadDocument(id, new UploadDocument(DocumentKind.CORRECTIVE_ACTION_PLAN, null, "cap.pdf", PDF, List.of()));
            certification.uploadDocument(id, new UploadDocument(DocumentKind.RISK_ASSESSMENT_MODEL, null, "risk.pdf", PDF, List.of()));
            for (int item = 1; item <= certification.standard(new StandardCode("PSC1-2012")).annexBItems().size(); item++) {
                certification.uploadDocument(id, new UploadDocument(DocumentKind.ANNEX_B_ITEM, item, "b.pdf", PDF, List.of()));
            }
            certification.submitApplication(id);
            return id;
        });

        var someoneElse = as(register(OrganisationKind.COMPANY, unique("Other Co"), "KE"), CertificationAccess.APPLY);
        assertThatExceptionOfType(NotFound.class).isThrownBy(() -> acting(someoneElse, () -> certification.application(application)));
        var document = acting(companyUser, () -> certification.application(application)).documents().getFirst();
        mvc.perform(get("/certification/applications/{id}/documents/{doc}", application.value(), document.id().value())
                        .with(authentication(someoneElse)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/certification/applications/{id}/documents/{doc}", application.value(), document.id().value())
                        .with(authentication(as(SECRETARIAT, CertificationAccess.READ))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/certification/applications/{id}/documents/{doc}", application.value(), document.id().value())
                        .with(authentication(companyUser)))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")));

        var checklist = acting(secretariat(), () -> certification.checklist(application));
        assertThat(checklist.allPassed()).isTrue();
        acting(secretariat(), () -> {
            certification.decide(application, new DecideApplication(Decision.CERTIFIED, "SEC-TEST-1", "", Set.of(ChecklistItem.values())));
            return null;
        });

        assertThat(acting(companyUser, () -> certification.application(application)).summary().status())
                .isEqualTo(CertificationApplicationStatus.CERTIFIED);
        assertThat(certification.attestationOf(company)).hasValueSatisfying(attestation ->
                assertThat(attestation.certifications()).singleElement()
                        .satisfies(c -> assertThat(c.decisionReference()).isEqualTo("SEC-TEST-1")));
        mvc.perform(get("/certification/attestations/{id}.pdf", company.value()))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF));
        mvc.perform(get("/certification/certificates/{id}/public", certificate.value()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("data:image/svg+xml;base64,")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("/verify/" + company.value())));

        // The certificate expires in 20 days: the daily cycle warns once, however often it runs.
        var today = LocalDate.now(clock);
        cycle.runOn(today);
        cycle.runOn(today);
        assertThat(jdbc.sql("select count(*) from notification.outbox_message where recipient = :to and template = :t")
                .param("to", contact).param("t", ExpiryWarnings.TEMPLATE).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select language from notification.outbox_message where recipient = :to")
                .param("to", contact).query(String.class).single()).isEqualTo("fr");
    }

    @Test
    void everyCertificationPageRendersForTheRolesThatUseIt() throws Exception {
        var secretariat = secretariat();
        var nordic = organisations.findByLegalName(DemoCertification.NORDIC).orElseThrow().id();
        var kilimanjaro = organisations.findByLegalName("Kilimanjaro Guarding Company Ltd").orElseThrow().id();
        var nordicCertificate = acting(as(nordic, CertificationAccess.ENTER), () -> certification.certificates(
                new org.custodes.shared.PageQuery(0, 100))).items().getFirst().id().value();
        var application = acting(as(kilimanjaro, CertificationAccess.APPLY), () -> certification.applications(
                org.custodes.shared.PageQuery.first())).items().getFirst().id().value();
        var pages = List.of("/certification", "/certification/standards", "/certification/standards/PSC1-2012/edit",
                "/certification/standards/new", "/certification/bodies", "/certification/bodies/new",
                "/certification/bodies/" + nordic + "/edit", "/certification/certificates", "/certification/certificates/new",
                "/certification/certificates/" + nordicCertificate, "/certification/certificates/" + nordicCertificate + "/edit",
                "/certification/certificates/import", "/certification/certificates/unmatched", "/certification/applications",
                "/certification/applications/" + application);
        for (var page : pages) {
            for (var lang : List.of("en", "ar")) {
                mvc.perform(get(page).param("lang", lang).with(authentication(secretariat)))
                        .andExpect(status().isOk())
                        .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("??"))));
            }
        }
        for (var page : List.of("/certification/certificates", "/certification/certificates/new",
                "/certification/certificates/" + nordicCertificate)) {
            mvc.perform(get(page).with(authentication(as(nordic, CertificationAccess.ENTER))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("??"))));
        }
        for (var page : List.of("/certification/applications", "/certification/applications/new",
                "/certification/applications/" + application)) {
            mvc.perform(get(page).param("lang", "fr").with(authentication(as(kilimanjaro, CertificationAccess.APPLY))))
                    .andExpect(status().isOk())
                    .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("??"))));
        }
    }

    @Test
    void aRefusedCertificateFormKeepsTheInputAndMarksTheNamedField() throws Exception {
        var body = acceptedBody();
        mvc.perform(post("/certification/certificates").with(csrf()).with(authentication(as(body, CertificationAccess.ENTER)))
                        .param("certificateNumber", "FORM-1").param("standard", "PSC1-2012").param("companyName", "Typed Name Ltd")
                        .param("services", "STATIC_GUARDING").param("countries", "KE")
                        .param("currentIssueDate", LocalDate.now(clock).minusMonths(1).toString())
                        .param("expiryDate", LocalDate.now(clock).minusMonths(2).toString()).param("status", "ACTIVE"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"expiryDate-error\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"Typed Name Ltd\"")));
    }
}
