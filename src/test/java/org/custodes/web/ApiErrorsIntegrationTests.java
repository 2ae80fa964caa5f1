package org.custodes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Every failure of the API is a problem document that gives nothing of the server's insides away (fail closed). */
@IntegrationTest
class ApiErrorsIntegrationTests {

    static final RequestPostProcessor SECRETARIAT = user("secretariat").authorities(
            () -> "organisation:read", () -> "organisation:manage");

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(SECRETARIAT)).andReturn().getResponse();
    }

    static void assertProblem(MockHttpServletResponse response, int status) throws Exception {
        assertThat(response.getStatus()).isEqualTo(status);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertNoInternals(response.getContentAsString());
        assertThat(response.getContentAsString()).contains("\"status\":" + status);
    }

    static void assertNoInternals(String body) {
        assertThat(body).doesNotContainIgnoringCase("exception").doesNotContain("at org.", "at java.", "jackson",
                "SQL", "org.custodes", "Source:", "line:");
    }

    static MockHttpServletRequestBuilder json(String body) {
        return post("/api/v1/organisations").contentType(MediaType.APPLICATION_JSON).content(body);
    }

    @Test
    void malformedJsonIsA400() throws Exception {
        assertProblem(send(json("{\"kind\": \"COMPANY\", \"legalName\": ")), 400);
        assertProblem(send(json("not json at all")), 400);
    }

    @Test
    void wrongTypesAreA400() throws Exception {
        assertProblem(send(json("{\"kind\": \"SPACESHIP\", \"legalName\": \"x\"}")), 400);
        assertProblem(send(json("{\"kind\": \"COMPANY\", \"countriesOfOperation\": {\"a\": 1}}")), 400);
        assertProblem(send(get("/api/v1/organisations").param("page", "first")), 400);
        assertProblem(send(get("/api/v1/organisations/not-a-uuid")), 400);
        assertProblem(send(get("/api/v1/organisations").param("q", "nul\u0000byte")), 400);
    }

    @Test
    void anUnknownIdIsA404() throws Exception {
        assertProblem(send(get("/api/v1/organisations/{id}", UUID.randomUUID())), 404);
    }

    @Test
    void aBodyLargerThanTheCapIsRefused() throws Exception {
        var huge = "{\"legalName\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        assertProblem(send(json(huge)), 413);
    }

    @Test
    void aChunkedBodyGrowingPastTheCapIsRefusedOverTheWire() throws Exception {
        var huge = "{\"whatHappened\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}";
        // A body publisher of unknown length makes the client send it chunked, without a Content-Length to check.
        // Complaint intake is open to anyone, so the body is read (other routes refuse an anonymous caller first).
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/complaints"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge.getBytes())))
                .build();
        try (var client = HttpClient.newHttpClient()) {
            var response = client.send(request, HttpResponse.BodyHandlers.ofString());
            // The body is cut off while it is read: a 400, never the whole body in memory.
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertNoInternals(response.body());
        }
    }
}
