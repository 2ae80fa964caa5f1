package org.custodes.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.custodes.organisation.OrganisationService;
import org.custodes.shared.OrganisationId;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * The verification page says in plain words what was checked, by whom and when, how to check the signature (the
 * key's fingerprint and the method), and what "member, not yet certified" next to a valid certificate means; a
 * day that has not ended is refused at the field on the page and as a problem by the API.
 */
@IntegrationTest
class VerificationInPlainWordsIntegrationTests {

    @Autowired MockMvc mvc;
    @Autowired OrganisationService organisations;
    @Autowired DirectoryService directory;
    @Autowired JsonMapper json;

    /** The demo's member that holds an active certificate but is not yet a certified member. */
    OrganisationId aegis;

    @BeforeEach
    void aegis() {
        aegis = organisations.findByLegalName("Aegis Shield Security Ltd").orElseThrow().id();
        await().atMost(Duration.ofSeconds(15)).until(() -> directory.standingAsOf(aegis, null).standing() == Standing.MEMBER
                && directory.certificatesAsOf(aegis, directory.today()).stream().anyMatch(c -> c.status().equals("ACTIVE")));
    }

    @Test
    void thePageSaysWhatWasCheckedByWhomWhenAndHowToCheckTheSignature() throws Exception {
        var fingerprint = publishedFingerprint();

        mvc.perform(get("/verify/{id}", aegis.value()).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("What was checked: the standing of Aegis Shield Security Ltd"
                        + " in the public directory kept by Custodes, the oversight body, at the end of " + today(Locale.ENGLISH))))
                .andExpect(content().string(containsString("Checked by")))
                .andExpect(content().string(containsString("Custodes, the oversight body that keeps this directory")))
                .andExpect(content().string(containsString("UTC")))
                .andExpect(content().string(containsString("id=\"key-fingerprint\">" + fingerprint + "<")))
                .andExpect(content().string(containsString("href=\"/directory/verification-method\"")))
                .andExpect(content().string(containsString("id=\"member-not-yet-certified\"")))
                .andExpect(content().string(containsString("has not yet recognised it as a certified member")));
        mvc.perform(get("/verify/{id}", aegis.value()).param("lang", "fr"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("à la fin du " + today(Locale.FRENCH))))
                .andExpect(content().string(containsString("pas encore reconnue comme membre certifié")))
                .andExpect(content().string(containsString(fingerprint)));
        mvc.perform(get("/verify/{id}", aegis.value()).param("lang", "ar"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("dir=\"rtl\"")))
                .andExpect(content().string(containsString("لم تعترف بها بعد عضوًا معتمدًا")));
    }

    @Test
    void theMethodPageShowsTheKeyItsFingerprintAndAWorkedExample() throws Exception {
        var fingerprint = publishedFingerprint();

        mvc.perform(get("/directory/verification-method").param("lang", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ed25519")))
                .andExpect(content().string(containsString(fingerprint)))
                .andExpect(content().string(containsString("/api/v1/verify/keys")))
                .andExpect(content().string(containsString("openssl pkeyutl -verify -pubin -inkey key.pem -rawin")))
                .andExpect(content().string(containsString("Paso a paso")));
    }

    @Test
    void aDayThatHasNotEndedIsRefusedAtTheFieldOnThePage() throws Exception {
        var tomorrow = directory.today().plusDays(1);

        mvc.perform(get("/verify/{id}", aegis.value()).param("asOf", tomorrow.toString()).param("lang", "en"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("id=\"asOf-error\"")))
                .andExpect(content().string(containsString("The date " + tomorrow + " has not ended yet")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")))
                .andExpect(content().string(containsString("aria-describedby=\"asOf-hint asOf-error\"")));
        mvc.perform(get("/verify/{id}", aegis.value()).param("asOf", directory.today().toString()))
                .andExpect(status().isOk());
    }

    @Test
    void aDayThatHasNotEndedIsRefusedByTheApiAsAProblem() throws Exception {
        var tomorrow = directory.today().plusDays(1);

        mvc.perform(get("/api/v1/verify/{id}", aegis.value()).param("asOf", tomorrow.toString())
                        .header("Accept-Language", "fr"))
                .andExpect(status().is(422))
                .andExpect(header().string("Content-Type", containsString("application/problem+json")))
                .andExpect(jsonPath("$.type").value(endsWith("/business-rule")))
                .andExpect(jsonPath("$.status").value(422))
                .andExpect(jsonPath("$.detail").value(containsString("n’est pas encore terminée")))
                .andExpect(jsonPath("$.errors[0].field").value("asOf"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("n’est pas encore terminée")));
    }

    private String today(Locale locale) {
        return directory.today().format(DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
    }

    /** The fingerprint as anyone computes it from the published key: SHA-256 of the decoded key, in hexadecimal. */
    private String publishedFingerprint() throws Exception {
        var keys = json.readValue(mvc.perform(get("/api/v1/verify/keys")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8), Map.class);
        var current = ((List<?>) keys.get("keys")).stream().map(Map.class::cast)
                .filter(k -> k.get("retiredAt") == null).reduce((first, second) -> second).orElseThrow();
        var hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Base64.getDecoder().decode((String) current.get("publicKey"))));
        var shown = directory.verificationKeys().getLast().fingerprint();
        assertThat(shown.replace(" ", "")).isEqualTo(hex);
        // The keys API carries the same fingerprint, so a client can compare it with the one the page reads out.
        assertThat(((String) current.get("fingerprint")).replace(" ", "")).isEqualTo(hex);
        return shown;
    }
}
