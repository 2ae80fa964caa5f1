package org.custodes.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

import org.custodes.complaint.casefile.AttachmentView;
import org.custodes.organisation.OrganisationService;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The public intake without JavaScript, page by page, and what it must never leave behind: plaintext content,
 * the receipt, the complainant's network address or browser (security.md cases 11, 17, 19, 27, 30, 31).
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ComplaintIntakeIntegrationTests {

    private static final Pattern DRAFT = Pattern.compile("name=\"draft\" value=\"([^\"]+)\"");
    private static final Pattern RECEIPT = Pattern.compile("class=\"secret receipt\">([0-9A-Z-]{19})<");
    private static final Pattern REFERENCE = Pattern.compile("(CU-\\d{4}-[0-9A-Z]{6})");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired OrganisationService organisations;
    @Autowired ComplaintService complaints;

    record Filed(String reference, String receipt) {
    }

    /** Walks the five steps as a browser without JavaScript would: each page's sealed draft goes into the next post. */
    Filed fileThroughTheForm(String text, String address, String userAgent, MockMultipartFile... files) throws Exception {
        var company = organisations.findByLegalName("Aegis Shield Security Ltd").orElseThrow();
        var draft = step(null, 1, address, userAgent, Map.of("role", "WITNESS", "contact", "CONFIDENTIAL",
                "name", "Name " + text, "email", "someone@example.org"));
        draft = step(draft, 2, address, userAgent, Map.of("companyId", company.id().toString()));
        draft = step(draft, 3, address, userAgent, Map.of("category", "USE_OF_FORCE", "description", text,
                "when", "last March", "country", "KE", "place", "Nairobi " + text, "harm", "Harm " + text));
        draft = step(draft, 4, address, userAgent, Map.of("grievanceRaised", "NO", "remedySought", "Remedy " + text));
        var send = multipart("/complaints/new").param("draft", draft).param("step", "5").param("action", "send");
        for (var file : files) {
            send.file(file);
        }
        var page = mvc.perform(withClient(send, address, userAgent).with(csrf()))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        var receipt = RECEIPT.matcher(page);
        var reference = REFERENCE.matcher(page);
        assertThat(receipt.find()).as("receipt shown").isTrue();
        assertThat(reference.find()).isTrue();
        return new Filed(reference.group(1), receipt.group(1));
    }

    private String step(String draft, int step, String address, String userAgent, Map<String, String> fields) throws Exception {
        var request = multipart("/complaints/new").param("step", Integer.toString(step)).param("action", "next");
        if (draft != null) {
            request.param("draft", draft);
        }
        fields.forEach(request::param);
        var page = mvc.perform(withClient(request, address, userAgent).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("Step " + (step + 1) + " of 5");
        var matcher = DRAFT.matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static MockMultipartHttpServletRequestBuilder withClient(MockMultipartHttpServletRequestBuilder request,
            String address, String userAgent) {
        request.header("User-Agent", userAgent).header("X-Forwarded-For", address).header("Accept-Language", "en");
        request.with(r -> {
            r.setRemoteAddr(address);
            return r;
        });
        return request;
    }

    @Test
    void aComplaintFiledWithoutJavaScriptLeavesNoPlaintextNoReceiptAndNoNetworkTraceBehind(CapturedOutput output) throws Exception {
        var text = ComplaintFixtures.marker("TEXT");
        var address = "203.0.113." + (10 + (int) (Math.random() * 200));
        var userAgent = ComplaintFixtures.marker("AGENT") + "/1.0";
        var pdf = new MockMultipartFile("files", "evidence.pdf", "application/pdf", TestFiles.pdfWith(text));

        var filed = fileThroughTheForm(text, address, userAgent, pdf);

        assertThat(ComplaintFixtures.databaseOccurrences(jdbc, text)).as("plaintext content in the database").isEmpty();
        assertThat(ComplaintFixtures.databaseOccurrences(jdbc, filed.receipt())).as("receipt in the database").isEmpty();
        assertThat(ComplaintFixtures.databaseOccurrences(jdbc, filed.receipt().replace("-", ""))).isEmpty();
        assertThat(ComplaintFixtures.databaseOccurrences(jdbc, address)).as("complainant address in the database").isEmpty();
        assertThat(ComplaintFixtures.databaseOccurrences(jdbc, userAgent)).as("user agent in the database").isEmpty();
        assertThat(output.getAll()).doesNotContain(text, filed.receipt(), address, userAgent);

        // ... and yet the handler reads it, the receipt opens it, and the file came through.
        var id = jdbc.sql("select id from complaint.complaint_case where reference = :r").param("r", filed.reference())
                .query(java.util.UUID.class).single();
        var details = ComplaintFixtures.as(ComplaintFixtures.handler(), () -> complaints.details(new ComplaintId(id)));
        assertThat(details.narrative().whatHappened()).isEqualTo(text);
        assertThat(details.identity()).as("identity held in escrow").isNull();
        assertThat(details.identityHeld()).isTrue();
        assertThat(details.attachments()).extracting(AttachmentView::name).containsExactly("evidence.pdf");
        assertThat(complaints.signInWithReceipt(filed.receipt().toLowerCase())).isPresent();
    }

    @Test
    void followUpWithTheReceiptShowsTheStatusAndExchangesMessages(CapturedOutput output) throws Exception {
        var filed = fileThroughTheForm(ComplaintFixtures.marker("FOLLOW"), "198.51.100.7", "Test/1");
        mvc.perform(post("/complaints/follow-up").param("receipt", "0000-0000-0000-0000").with(csrf())
                        .with(r -> { r.setRemoteAddr("198.51.100.7"); return r; }))
                .andExpect(status().is(422));
        var signedIn = mvc.perform(post("/complaints/follow-up").param("receipt", filed.receipt()).with(csrf())
                        .with(r -> { r.setRemoteAddr("198.51.100.7"); return r; }))
                .andExpect(status().is3xxRedirection()).andReturn();
        var session = signedIn.getResponse().getCookie("custodes-session");
        assertThat(session).as("a follow-up session").isNotNull();
        var message = ComplaintFixtures.marker("MSG");
        mvc.perform(multipart("/complaints/follow-up/messages").param("text", message).cookie(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var page = mvc.perform(get("/complaints/follow-up").cookie(session))
                .andExpect(status().isOk()).andExpect(header().string("Cache-Control", "no-store"))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(mvc.perform(get("/complaints/follow-up")).andReturn().getResponse().getContentAsString())
                .as("without the session cookie nothing opens").doesNotContain(filed.reference());
        assertThat(page).contains(filed.reference(), message, "We have your complaint");
        assertThat(ComplaintFixtures.databaseOccurrences(jdbc, message)).isEmpty();
        assertThat(output.getAll()).doesNotContain(filed.receipt(), message);
    }

    @Test
    void hostileTextIsStoredAsTextAndShownInert() throws Exception {
        var payload = "<script>alert('x')</script><img src=x onerror=alert(1)>" + ComplaintFixtures.marker("XSS");
        var filed = fileThroughTheForm(payload, "192.0.2.44", "Test/1");
        var id = jdbc.sql("select id from complaint.complaint_case where reference = :r").param("r", filed.reference())
                .query(java.util.UUID.class).single();
        var page = mvc.perform(get("/complaints/cases/{id}", id).with(authentication(ComplaintFixtures.handler())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");
    }

    @Test
    void aMissingAnswerRerendersTheStepWithAnErrorSummaryLinkedToTheField() throws Exception {
        var page = mvc.perform(multipart("/complaints/new").param("step", "1").param("action", "next")
                        .param("contact", "OPEN").param("lang", "fr").with(csrf()))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("id=\"error-summary\"", "href=\"#role\"", "href=\"#name\"", "Veuillez répondre");
    }

    @Test
    void theIntakePagesWeighLessThanThirtyKilobytesCompressedAndLoadNothingFromElsewhere() throws Exception {
        var css = mvc.perform(get("/css/custodes.css")).andReturn().getResponse().getContentAsByteArray();
        for (var language : new String[] { "en", "fr", "es", "ar" }) {
            var html = mvc.perform(get("/complaints/new").param("lang", language)).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(gzip(html.getBytes(StandardCharsets.UTF_8)) + gzip(css)).as("gzip bytes in %s", language)
                    .isLessThan(30 * 1024);
            assertThat(html).doesNotContain("<script").doesNotContain("http://").doesNotContain("https://");
        }
        // The heaviest step carries the country list.
        var step3 = mvc.perform(multipart("/complaints/new").param("step", "1").param("action", "next")
                .param("role", "WITNESS").param("contact", "ANONYMOUS").with(csrf())).andReturn();
        assertThat(gzip(step3.getResponse().getContentAsByteArray()) + gzip(css)).isLessThan(30 * 1024);
    }

    static int gzip(byte[] content) throws Exception {
        var out = new ByteArrayOutputStream();
        try (var zip = new GZIPOutputStream(out)) {
            zip.write(content);
        }
        return out.size();
    }

    static String draftOf(MvcResult result) throws Exception {
        var matcher = DRAFT.matcher(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
        return matcher.find() ? matcher.group(1) : null;
    }
}
