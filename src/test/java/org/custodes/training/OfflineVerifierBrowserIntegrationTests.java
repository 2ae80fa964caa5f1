package org.custodes.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.custodes.support.Browser;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The one-page offline verifier, opened from its file in Chromium with no server behind it: WebCrypto's Ed25519. */
@IntegrationTest
class OfflineVerifierBrowserIntegrationTests {

    static final Path VERIFIER = Path.of("docs", "training", "offline-verifier.html");

    @RegisterExtension
    final Browser browser = new Browser();
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theFileChecksADemoCredentialWithTheSavedKeysAndRefusesAnAlteredOne() throws Exception {
        var keys = mvc.perform(get("/api/v1/training/keys")).andReturn().getResponse().getContentAsString();
        var credential = jdbc.sql("""
                select c.credential from training.completion c join training.learner l using (organisation_id, learner_id)
                where c.revoked_on is null and l.personnel_number = 'AS-0088' order by c.completed_on limit 1
                """).query(String.class).single();

        browser.open(VERIFIER.toAbsolutePath().toUri().toString());
        assertThat(check(keys, credential)).isEqualTo("valid");
        assertThat(browser.find("#result").getText()).contains("Aegis Shield Security Ltd");

        assertThat(check(keys, "https://custodes.example/training/verify?credential="
                + URLEncoder.encode(credential, StandardCharsets.UTF_8))).as("the address the QR code opens").isEqualTo("valid");
        var altered = TrainingIntegrationTests.alter(credential, "Aegis Shield Security Ltd", "Aegis Shield Security Plc");
        assertThat(check(keys, altered)).isEqualTo("forged");
        assertThat(check("{\"keys\":[]}", credential)).isEqualTo("unknownKey");
        assertThat(check(keys, "not-a-credential")).isEqualTo("malformed");

        browser.driver().findElement(By.cssSelector("#language option[value=ar]")).click();
        assertThat(browser.find("html").getAttribute("dir")).isEqualTo("rtl");
        assertThat(check(keys, altered)).isEqualTo("forged");
        assertThat(browser.find("#result").getText()).contains("غير صالحة");
    }

    private String check(String keys, String credential) {
        var js = (JavascriptExecutor) browser.driver();
        js.executeScript("document.getElementById('result').removeAttribute('data-outcome');"
                + "document.getElementById('keys').value = arguments[0];"
                + "document.getElementById('credential').value = arguments[1];", keys, credential);
        browser.find("button[type=submit]").click();
        return browser.waitFor(driver -> {
            var outcome = driver.findElement(By.id("result")).getAttribute("data-outcome");
            return outcome == null || outcome.isEmpty() ? null : outcome;
        });
    }
}
