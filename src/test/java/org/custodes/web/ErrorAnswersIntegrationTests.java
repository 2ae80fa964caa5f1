package org.custodes.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** The answers nobody designs a page for: broken addresses, unknown API operations, the browser's icon request. */
@IntegrationTest
class ErrorAnswersIntegrationTests {

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    @Test
    void anAddressTheServerCannotReadGetsOurPageInTheVisitorsLanguageNotTheContainers() throws IOException {
        // A raw request, because any HTTP client library would refuse to send such an address in the first place.
        var arabic = rawGet("/%", "ar,en;q=0.5");
        assertThat(arabic).startsWith("HTTP/1.1 400").contains("Content-Type: text/html;charset=UTF-8")
                .contains("dir=\"rtl\"", "تعذّرت قراءة هذا العنوان", "/css/custodes.css")
                .doesNotContain("Tomcat", "Apache", "Exception");
        assertThat(rawGet("/%zz/page", "fr")).startsWith("HTTP/1.1 400").contains("Cette adresse ne peut pas être lue");
        assertThat(rawGet("/api/v1/%", "en")).startsWith("HTTP/1.1 400")
                .contains("Content-Type: application/problem+json")
                .contains("\"status\":400", "https://custodes.org/problems/invalid-request");
    }

    @Test
    void anUnknownApiOperationAnswersProblemDetailsLikeEveryOtherApiError() throws Exception {
        mvc.perform(get("/api/v1/no-such-operation").header("Accept-Language", "es"))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value(endsWith("/not-found")))
                .andExpect(jsonPath("$.title").value("No encontrado"))
                .andExpect(jsonPath("$.status").value(404));
        mvc.perform(delete("/api/v1/ping"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("Allow", containsString("GET")))
                .andExpect(jsonPath("$.status").value(405));
        // A page address that matches nothing still gets the page, not JSON.
        assertThat(rawGet("/no-such-page", "en")).startsWith("HTTP/1.1 404").contains("text/html")
                .contains("We could not find this page");
    }

    @Test
    void theMarkIsServedToEveryoneAndTheOldIconAddressLeadsToIt() throws Exception {
        mvc.perform(get("/favicon.ico")).andExpect(redirectedUrl("/images/custodes.svg"));
        mvc.perform(get("/images/custodes.svg"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("image/svg+xml"));
        mvc.perform(get("/"))
                .andExpect(content().string(containsString("rel=\"icon\" type=\"image/svg+xml\" href=\"/images/custodes.svg\"")));
    }

    private String rawGet(String target, String language) throws IOException {
        try (var socket = new Socket("localhost", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nAccept-Language: " + language
                    + "\r\nAccept: text/html,*/*;q=0.8\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
