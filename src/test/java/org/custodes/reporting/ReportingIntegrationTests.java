package org.custodes.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.custodes.organisation.OrganisationFixtures.company;
import static org.custodes.organisation.OrganisationFixtures.signedIn;
import static org.custodes.organisation.OrganisationFixtures.unique;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.custodes.framework.FrameworkService;
import org.custodes.framework.LibraryFormat;
import org.custodes.framework.LibraryVersionId;
import org.custodes.identity.CreateAccount;
import org.custodes.identity.IdentityService;
import org.custodes.identity.Role;
import org.custodes.organisation.OrganisationService;
import org.custodes.reporting.campaign.CampaignDeadlines;
import org.custodes.reporting.campaign.OpenCampaign;
import org.custodes.reporting.campaign.ParticipantStatus;
import org.custodes.reporting.questionnaire.AnswerInput;
import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ReportingIntegrationTests {

    static final String LIBRARY = """
            {"codeVersion": "2010",
             "sections": [{"code": "S1", "title": {"en": "Policy", "fr": "Politique"}},
                          {"code": "S2", "title": {"en": "Figures"}}],
             "indicators": [
               {"code": "P-1", "section": "S1", "paragraphs": [44], "type": "PROCEDURAL", "answerType": "YES_NO",
                "required": true, "weight": 3, "question": {"en": "Is there a written policy?"}},
               {"code": "P-2", "section": "S1", "paragraphs": [44], "type": "PERFORMANCE", "answerType": "YES_PARTLY_NO_NA",
                "required": true, "condition": "P-1 = YES", "weight": 2, "question": {"en": "Is it applied?"}},
               {"code": "P-3", "section": "S1", "paragraphs": [44], "type": "PROCEDURAL", "answerType": "EVIDENCE_FILE",
                "required": true, "condition": "P-1 = YES", "weight": 1, "question": {"en": "Attach the policy."}},
               {"code": "P-4", "section": "S1", "paragraphs": [55], "type": "PERFORMANCE", "answerType": "PERCENTAGE",
                "required": true, "weight": 2, "question": {"en": "Share of personnel trained?"}},
               {"code": "N-1", "section": "S2", "paragraphs": [63], "type": "OUTCOME", "answerType": "WHOLE_NUMBER",
                "required": true, "min": 0, "max": 10, "weight": 0, "question": {"en": "Incidents reported?"}},
               {"code": "T-1", "section": "S2", "paragraphs": [63], "type": "OUTCOME", "answerType": "TABLE",
                "required": false, "weight": 0, "question": {"en": "Sites checked?"},
                "columns": [{"code": "country", "type": "SHORT_TEXT", "label": {"en": "Country"}},
                            {"code": "staff", "type": "WHOLE_NUMBER", "label": {"en": "Staff"}}]}
             ]}
            """;
    static final byte[] PDF = "%PDF-1.4\n% policy\n".getBytes();

    @Autowired
    MockMvc mvc;

    @Autowired
    ReportingService reporting;

    @Autowired
    FrameworkService framework;

    @Autowired
    OrganisationService organisations;

    @Autowired
    IdentityService identity;

    @Autowired
    CampaignDeadlines deadlines;

    @Autowired
    JdbcClient jdbc;

    final Authentication secretariat = signedIn(new OrganisationId(UUID.randomUUID()), "organisation:read",
            "organisation:manage", "framework:read", "framework:manage", "reporting:read", "reporting:review",
            "reporting:manage", "identity:manage-roles");

    record Campaign(CampaignId id, OrganisationId companyA, OrganisationId companyB, ReportId reportA, ReportId reportB) {
    }

    /** Two fresh companies in a fresh campaign over the small library, open from ten days ago. */
    Campaign campaign(LocalDate deadline) {
        return as(secretariat, () -> {
            var a = organisations.register(company(unique("Sentinel Guarding"), "KE"));
            var b = organisations.register(company(unique("Bastion Protection"), "IQ"));
            var library = framework.importLibrary(LIBRARY.getBytes(), LibraryFormat.JSON).id();
            var id = reporting.openCampaign(new OpenCampaign(2026, "CSA test", LocalDate.now().minusDays(10), deadline, 5,
                    library, Set.of(a, b)));
            var status = reporting.campaignStatus(id);
            var reportA = status.participants().stream().filter(p -> p.company().equals(a)).findFirst().orElseThrow().report();
            var reportB = status.participants().stream().filter(p -> p.company().equals(b)).findFirst().orElseThrow().report();
            return new Campaign(id, a, b, reportA, reportB);
        });
    }

    Authentication companyUser(OrganisationId company) {
        return signedIn(company, "reporting:fill", "framework:read", "organisation:read-own");
    }

    /** Answers everything the small library requires, through the facade, as the company. */
    void fillCompletely(Campaign campaign) {
        as(companyUser(campaign.companyA()), () -> {
            reporting.saveAnswer(campaign.reportA(), "P-1", AnswerInput.of("YES"));
            reporting.saveAnswer(campaign.reportA(), "P-2", AnswerInput.of("PARTLY"));
            reporting.attachEvidence(campaign.reportA(), "P-3", "policy.pdf", PDF);
            reporting.saveAnswer(campaign.reportA(), "P-4", AnswerInput.of("80"));
            reporting.saveAnswer(campaign.reportA(), "N-1", AnswerInput.of("2"));
            return null;
        });
    }

    @Test
    void aCompanyFillsAndSubmitsItsReportAndCannotSeeAnotherCompanysReport() throws Exception {
        var campaign = campaign(LocalDate.now().plusDays(20));
        var user = companyUser(campaign.companyA());
        var report = "/reporting/reports/" + campaign.reportA();

        mvc.perform(get("/reporting/reports/" + campaign.reportB()).with(authentication(user))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/reporting/reports/" + campaign.reportB()).with(authentication(user))).andExpect(status().isNotFound());
        mvc.perform(put("/api/v1/reporting/reports/" + campaign.reportB() + "/answers/P-1").with(authentication(user))
                .contentType(MediaType.APPLICATION_JSON).content("{\"values\": [\"YES\"]}")).andExpect(status().isNotFound());

        mvc.perform(post(report + "/items/P-1").with(authentication(user)).with(csrf()).param("value", "YES"))
                .andExpect(status().isFound());
        mvc.perform(post(report + "/items/P-4").with(authentication(user)).with(csrf()).param("value", "150"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("value=\"150\"")));
        mvc.perform(post(report + "/items/P-4").with(authentication(user)).with(csrf()).param("value", "75.5"))
                .andExpect(status().isFound());
        mvc.perform(post(report + "/submission").with(authentication(user)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("P-2")));

        mvc.perform(post(report + "/items/P-2").with(authentication(user)).with(csrf()).param("value", "YES"))
                .andExpect(status().isFound());
        mvc.perform(multipart(report + "/items/P-3/evidence").file(new MockMultipartFile("file", "notes.pdf",
                        "application/pdf", "<html>not a pdf</html>".getBytes())).with(authentication(user)).with(csrf()))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(multipart(report + "/items/P-3/evidence").file(new MockMultipartFile("file", "../policy.exe",
                        "application/octet-stream", PDF)).with(authentication(user)).with(csrf()))
                .andExpect(status().isFound());
        mvc.perform(put("/api/v1/reporting/reports/" + campaign.reportA() + "/answers/T-1").with(authentication(user))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"rows\": [{\"country\": \"Kenya\", \"staff\": \"12\"}]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.rows[0].staff").value("12"));
        mvc.perform(put("/api/v1/reporting/reports/" + campaign.reportA() + "/answers/N-1").with(authentication(user))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"values\": [\"3\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.answered").value(true));

        var evidence = jdbc.sql("select id from reporting.evidence where report_id = :id").param("id", campaign.reportA().value())
                .query(UUID.class).single();
        mvc.perform(get("/reporting/evidence/" + evidence).with(authentication(user)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"));
        mvc.perform(get("/reporting/evidence/" + evidence).with(authentication(companyUser(campaign.companyB()))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reporting/evidence/" + evidence)
                        .with(authentication(signedIn(campaign.companyA(), "reporting:read", "reporting:fill-not"))))
                .andExpect(status().isForbidden());

        mvc.perform(get(report).with(authentication(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("5 of 5 required answers (100 %)")));
        mvc.perform(post(report + "/submission").with(authentication(user)).with(csrf()))
                .andExpect(status().isFound());
        assertThat(reportStatus(campaign.reportA())).isEqualTo("SUBMITTED");
        mvc.perform(post(report + "/items/P-4").with(authentication(user)).with(csrf()).param("value", "10"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("can no longer be changed")));
        assertThat(jdbc.sql("select count(*) from audit.audit_event where action = 'reporting.self-assessment-submitted' "
                + "and subject = :subject").param("subject", "report:" + campaign.reportA()).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    void aReviewerReopensOneItemAndOnlyThatItemCanChangeUntilTheReportIsSubmittedAgain() throws Exception {
        var campaign = campaign(LocalDate.now().plusDays(20));
        fillCompletely(campaign);
        var user = companyUser(campaign.companyA());
        as(user, () -> reporting.submit(campaign.reportA()));
        var review = "/reporting/reports/" + campaign.reportA() + "/review";

        mvc.perform(get(review).with(authentication(secretariat))).andExpect(status().isOk());
        mvc.perform(get(review).with(authentication(user))).andExpect(status().isForbidden());
        mvc.perform(post(review + "/comments").with(authentication(secretariat)).with(csrf())
                .param("item", "N-1").param("body", "Please list the incidents.")).andExpect(status().isFound());
        mvc.perform(post(review + "/clarification").with(authentication(secretariat)).with(csrf())
                .param("items", "N-1").param("note", "Incidents")).andExpect(status().isFound());
        assertThat(reportStatus(campaign.reportA())).isEqualTo("CLARIFICATION_REQUESTED");

        var answers = "/api/v1/reporting/reports/" + campaign.reportA() + "/answers/";
        mvc.perform(put(answers + "P-4").with(authentication(user)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"values\": [\"10\"]}")).andExpect(status().isUnprocessableContent());
        mvc.perform(put(answers + "N-1").with(authentication(user)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"values\": [\"4\"]}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.value").value("4"));
        mvc.perform(get("/reporting/reports/" + campaign.reportA() + "/sections/S2").with(authentication(user)))
                .andExpect(content().string(containsString("Please list the incidents.")));

        mvc.perform(post("/api/v1/reporting/reports/" + campaign.reportA() + "/submission").with(authentication(user)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        mvc.perform(put(answers + "N-1").with(authentication(user)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"values\": [\"5\"]}")).andExpect(status().isUnprocessableContent());

        mvc.perform(get("/reporting/reports/" + campaign.reportA() + "/feedback").with(authentication(user)))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(post(review + "/acceptance").with(authentication(secretariat)).with(csrf()).param("satisfactory", "true"))
                .andExpect(status().isFound());
        assertThat(reportStatus(campaign.reportA())).isEqualTo("ACCEPTED");
        assertThat(jdbc.sql("select details from audit.audit_event where action = 'reporting.self-assessment-accepted' "
                + "and subject = :subject").param("subject", "organisation:" + campaign.companyA()).query(String.class).single())
                .contains("\"satisfactory\":true");
        mvc.perform(get("/reporting/reports/" + campaign.reportA() + "/feedback").with(authentication(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Withheld (too few companies)")))
                .andExpect(content().string(containsString("G. Management and governance commitments")));
        for (var page : List.of("/reporting/campaigns", "/reporting/campaigns/new", "/reporting/campaigns/" + campaign.id(),
                "/reporting/campaigns/" + campaign.id() + "/analytics?section=S1")) {
            for (var language : List.of("en", "ar")) {
                mvc.perform(get(page).param("lang", language).with(authentication(secretariat))).andExpect(status().isOk());
            }
        }
        mvc.perform(get("/reporting").param("lang", "fr").with(authentication(user)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Accepté")));
        mvc.perform(get("/reporting/reports/" + campaign.reportA() + "/sections/S1").param("lang", "es").with(authentication(secretariat)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Respuesta")));
        mvc.perform(get("/api/v1/reporting/campaigns/" + campaign.id() + "/analytics").with(authentication(secretariat)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.submissionRatePercent").value(50))
                .andExpect(jsonPath("$.answers[?(@.indicator == 'P-1')].counts.YES").value(1));
    }

    @Test
    void aQuestionnaireUploadWithAnyBadCellSavesNothingAndListsEachCell() throws Exception {
        var campaign = campaign(LocalDate.now().plusDays(20));
        var user = companyUser(campaign.companyA());
        var report = "/reporting/reports/" + campaign.reportA();
        var download = mvc.perform(get(report + "/questionnaire.xlsx").with(authentication(user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        var bad = edit(download, List.of("P-1", "YES"), List.of("P-4", "42"), List.of("N-1", "eleven"));
        mvc.perform(multipart(report + "/questionnaire").file(new MockMultipartFile("file", "q.xlsx", "application/octet-stream", bad))
                        .with(authentication(user)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("<td>G5</td><td>eleven is not a whole number.</td>")));
        assertThat(jdbc.sql("select count(*) from reporting.answer where report_id = :id").param("id", campaign.reportA().value())
                .query(Long.class).single()).isZero();

        var good = edit(download, List.of("P-1", "YES"), List.of("P-4", "42"), List.of("N-1", "1"));
        mvc.perform(multipart(report + "/questionnaire").file(new MockMultipartFile("file", "q.xlsx", "application/octet-stream", good))
                        .with(authentication(user)).with(csrf()))
                .andExpect(status().isFound());
        assertThat(jdbc.sql("select count(*) from reporting.answer where report_id = :id").param("id", campaign.reportA().value())
                .query(Long.class).single()).isEqualTo(3);
    }

    @Test
    void theDailyJobRemindsEachCompanyOncePerThresholdAndFlagsNonSubmittersOnceAfterTheGracePeriod() {
        var deadline = LocalDate.now().plusDays(40);
        var campaign = campaign(deadline);
        var email = "csa-" + UUID.randomUUID() + "@test.custodes.example";
        as(secretariat, () -> identity.createAccount(new CreateAccount(campaign.companyA(), email, "Head of compliance",
                Language.FR, "Correct-Horse-Battery-2026", Set.of(Role.COMPANY_REPRESENTATIVE))));
        fillCompletely(campaign);

        deadlines.run(at(deadline.minusDays(30)));
        deadlines.run(at(deadline.minusDays(29)));
        deadlines.run(at(deadline.minusDays(3)));
        assertThat(jdbc.sql("select parameters ->> 'days' from notification.outbox_message where recipient = :email "
                + "and template = 'reporting/reminder' order by created_at").param("email", email).query(String.class).list())
                .containsExactly("30", "3");

        as(companyUser(campaign.companyA()), () -> reporting.submit(campaign.reportA()));
        deadlines.run(at(deadline.minusDays(1)));
        assertThat(jdbc.sql("select count(*) from notification.outbox_message where recipient = :email")
                .param("email", email).query(Long.class).single()).isEqualTo(2);

        deadlines.run(at(deadline.plusDays(5)));
        assertThat(flagged(campaign.companyB())).isZero();
        deadlines.run(at(deadline.plusDays(6)));
        deadlines.run(at(deadline.plusDays(7)));
        assertThat(flagged(campaign.companyB())).isEqualTo(1);
        assertThat(flagged(campaign.companyA())).isZero();
        as(secretariat, () -> {
            var participants = reporting.campaignStatus(campaign.id()).participants();
            assertThat(participants).filteredOn(p -> p.company().equals(campaign.companyB()))
                    .extracting(ParticipantStatus::flaggedNotSubmittedOn).containsExactly(deadline.plusDays(6));
            return null;
        });
    }

    private long flagged(OrganisationId company) {
        return jdbc.sql("select count(*) from audit.audit_event where action = 'reporting.self-assessment-not-submitted' "
                + "and subject = :subject").param("subject", "organisation:" + company).query(Long.class).single();
    }

    private static Clock at(LocalDate day) {
        return Clock.fixed(day.atTime(6, 15).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    }

    private String reportStatus(ReportId report) {
        return jdbc.sql("select status from reporting.report where id = :id").param("id", report.value())
                .query(String.class).single();
    }

    @SafeVarargs
    private static byte[] edit(byte[] workbook, List<String>... answers) throws Exception {
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(workbook)); var out = new ByteArrayOutputStream()) {
            var sheet = book.getSheet("Answers");
            for (var answer : answers) {
                for (var row : sheet) {
                    if (row.getCell(0) != null && answer.get(0).equals(row.getCell(0).getStringCellValue())) {
                        row.getCell(6).setCellValue(answer.get(1));
                    }
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private static <T> T as(Authentication authentication, Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
