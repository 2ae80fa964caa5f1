package org.custodes.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;


import org.custodes.support.Browser;
import org.custodes.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Value;

/**
 * Case 19: a person with JavaScript off, on a small phone, files a complaint, writes down the receipt, comes back
 * with it and writes to the handlers; the browser fetches nothing from any other host.
 */
@IntegrationTest
class ComplaintBrowserIntegrationTests {

    @Value("${local.server.port}")
    int port;

    /** Submits by clicking and waits for the next page: with JavaScript off every step is a full page load. */
    private static void submit(ChromeDriver driver, By button) {
        Browser.clickThrough(driver, driver.findElement(button));
    }

    @Test
    void aComplaintAndAFollowUpMessageWorkWithJavaScriptOff() {
        assumeFalse(JsOffBrowser.skipped(), "browser tests skipped");
        var driver = JsOffBrowser.start();
        try {
            var base = "http://localhost:" + port;
            driver.get(base + "/complaints/new?lang=en");
            assertThat(driver.findElement(By.cssSelector("html")).getAttribute("lang")).isEqualTo("en");
            driver.findElement(By.cssSelector("input[name=role][value=WITNESS]")).click();
            driver.findElement(By.cssSelector("input[name=contact][value=ANONYMOUS]")).click();
            submit(driver, By.cssSelector("button[value=next]"));

            driver.findElement(By.id("companyQuery")).sendKeys("Aegis");
            submit(driver, By.cssSelector("button[value=search]"));
            driver.findElement(By.cssSelector("label[for=company-0]")).click();
            submit(driver, By.cssSelector("button[value=next]"));

            new Select(driver.findElement(By.id("category"))).selectByValue("USE_OF_FORCE");
            driver.findElement(By.id("description")).sendKeys("Guards fired at a crowd near the mine gate.");
            new Select(driver.findElement(By.id("country"))).selectByValue("KE");
            submit(driver, By.cssSelector("button[value=next]"));
            driver.findElement(By.id("remedySought")).sendKeys("An investigation");
            submit(driver, By.cssSelector("button[value=next]"));
            assertThat(driver.getPageSource()).contains("Aegis Shield Security Ltd", "Guards fired at a crowd");
            submit(driver, By.cssSelector("button[value=send]"));

            var receipt = driver.findElement(By.cssSelector(".receipt")).getText();
            var reference = driver.findElement(By.cssSelector(".reference")).getText();
            assertThat(receipt).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){3}");

            assertThat(driver.findElement(By.tagName("main")).getText())
                    .contains("Keep your receipt safe", "acknowledges your complaint within 5 working days");

            // Days later, the complainant comes back by the front door, not by a remembered address.
            driver.get(base + "/?lang=en");
            Browser.clickThrough(driver, driver.findElement(By.linkText("Follow up on a complaint")));
            assertThat(driver.getCurrentUrl()).endsWith("/complaints/follow-up");
            driver.findElement(By.id("receipt")).sendKeys(receipt.toLowerCase());
            submit(driver, By.cssSelector("form.stacked button[type=submit]"));
            assertThat(driver.findElement(By.tagName("h1")).getText()).contains(reference);
            driver.findElement(By.id("text")).sendKeys("I can send photos of the wounds.");
            submit(driver, By.cssSelector("form[action$='/messages'] button"));
            assertThat(driver.getPageSource()).contains("I can send photos of the wounds.", "Your message was sent.");

            assertThat(JsOffBrowser.requestedUrls(driver)).isNotEmpty()
                    .allSatisfy(url -> assertThat(url).startsWith(base));
        } finally {
            driver.quit();
        }
    }
}
