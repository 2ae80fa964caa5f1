package org.custodes.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The JSON intake: idempotency (case 40), all-or-nothing (case 39), submission flood (case 36). */
@IntegrationTest
class ComplaintApiIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;

    static String body(String text) {
        return """
                {"role":"WORKER","contact":"ANONYMOUS","category":"WAGES_HOURS_CONTRACTS","whatHappened":"%s",
                 "country":"KE","companyDescription":"A guarding company in Mombasa","language":"en"}
                """.formatted(text);
    }

    MvcResult submit(String body, String key, String address) throws Exception {
        var request = post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON).content(body)
                .with(r -> { r.setRemoteAddr(address); return r; });
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return mvc.perform(request).andReturn();
    }

    @Test
    void theSameKeyReturnsTheSameAnswerReceiptIncludedAndAnotherBodyIsRefused() throws Exception {
        var key = UUID.randomUUID().toString();
        var first = submit(body("unpaid overtime"), key, "192.0.2.1");
        assertThat(first.getResponse().getStatus()).isEqualTo(201);
        var again = submit(body("unpaid overtime"), key, "192.0.2.1");
        assertThat(again.getResponse().getStatus()).isEqualTo(201);
        assertThat(again.getResponse().getContentAsString()).isEqualTo(first.getResponse().getContentAsString());
        assertThat(first.getResponse().getContentAsString()).contains("\"receipt\":\"");

        var other = submit(body("something else"), key, "192.0.2.1");
        assertThat(other.getResponse().getStatus()).isEqualTo(422);
        assertThat(other.getResponse().getContentType()).contains("problem+json");
    }

    @Test
    void tenConcurrentRequestsWithOneKeyFileOneComplaint() throws Exception {
        var key = UUID.randomUUID().toString();
        var before = count();
        var tasks = new ArrayList<Callable<MvcResult>>();
        for (var i = 0; i < 10; i++) {
            tasks.add(() -> submit(body("concurrent " + key), key, "192.0.2.2" + tasksSuffix()));
        }
        var results = new ArrayList<MvcResult>();
        try (var pool = Executors.newFixedThreadPool(10)) {
            for (var future : pool.invokeAll(tasks)) {
                results.add(future.get());
            }
        }
        var bodies = results.stream().filter(r -> r.getResponse().getStatus() == 201).map(r -> {
            try {
                return r.getResponse().getContentAsString();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).distinct().toList();
        assertThat(results).allSatisfy(r -> assertThat(r.getResponse().getStatus()).isIn(201, 409));
        assertThat(bodies).as("every success carries the same reference and receipt").hasSize(1);
        assertThat(count() - before).as("complaints filed").isEqualTo(1);
    }

    private static int suffixes = 0;

    private static synchronized String tasksSuffix() {
        return Integer.toString(suffixes++ % 10);
    }

    @Test
    void aSubmissionWithOneBadFileLeavesNothingBehind() throws Exception {
        var before = count();
        var good = Base64.getEncoder().encodeToString(TestFiles.png());
        var bad = Base64.getEncoder().encodeToString("MZ not an image".getBytes(StandardCharsets.UTF_8));
        var body = body("with files").replace("\"language\":\"en\"", "\"language\":\"en\",\"attachments\":["
                + "{\"name\":\"a.png\",\"contentBase64\":\"" + good + "\"},{\"name\":\"b.exe\",\"contentBase64\":\"" + bad + "\"}]");
        var result = submit(body, UUID.randomUUID().toString(), "192.0.2.3");
        assertThat(result.getResponse().getStatus()).isEqualTo(422);
        assertThat(count()).isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from complaint.attachment a where not exists "
                + "(select 1 from complaint.complaint_case c where c.id = a.case_id)").query(Long.class).single()).isZero();
    }

    @Test
    void aFloodFromOneClientIsRefusedWithoutBlockingOthers() throws Exception {
        var statuses = new ArrayList<Integer>();
        for (var i = 0; i < 12; i++) {
            statuses.add(submit(body("flood " + i), null, "192.0.2.250").getResponse().getStatus());
        }
        assertThat(statuses.subList(0, 10)).containsOnly(201);
        assertThat(statuses.subList(10, 12)).containsOnly(429);
        assertThat(submit(body("legitimate"), null, "192.0.2.251").getResponse().getStatus()).isEqualTo(201);
    }

    @Test
    void malformedRequestsAreRefusedWithoutInternals() throws Exception {
        var result = mvc.perform(post("/api/v1/complaints").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"role\":\"KING\"").with(r -> { r.setRemoteAddr("192.0.2.4"); return r; }))
                .andExpect(status().isBadRequest()).andReturn();
        assertThat(result.getResponse().getContentAsString()).doesNotContain("Exception", "jackson", "at org.");
    }

    long count() {
        return jdbc.sql("select count(*) from complaint.complaint_case").query(Long.class).single();
    }
}
