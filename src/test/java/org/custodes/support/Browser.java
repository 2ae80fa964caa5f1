package org.custodes.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.function.Function;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium for browser tests, the system's own (Debian's {@code chromium} and {@code chromedriver}), with
 * a fresh profile per test. Register it with {@code @RegisterExtension}. Tests are skipped when the system property
 * {@code custodes.browser-tests.skip} is true; a failing test leaves a screenshot in
 * {@code target/browser-screenshots/}.
 */
public final class Browser implements BeforeEachCallback, AfterTestExecutionCallback, AfterEachCallback {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");

    private ChromeDriver driver;
    private Path profile;

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        Assumptions.assumeFalse(Boolean.getBoolean("custodes.browser-tests.skip"), "browser tests are switched off");
        profile = Files.createTempDirectory("custodes-chromium-");
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath());
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER)).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @Override
    public void afterTestExecution(ExtensionContext context) throws IOException {
        if (driver != null && context.getExecutionException().isPresent()) {
            Files.createDirectories(SCREENSHOTS);
            var name = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName() + ".png";
            Files.write(SCREENSHOTS.resolve(name), driver.getScreenshotAs(OutputType.BYTES));
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (UncheckedIOException ignored) {
                // a profile file still held by an exiting browser stays in the temporary folder
            }
            profile = null;
        }
    }

    public WebDriver driver() {
        return driver;
    }

    public void open(String url) {
        driver.get(url);
    }

    public WebElement find(String cssSelector) {
        return driver.findElement(By.cssSelector(cssSelector));
    }

    /** Types into a field, replacing what it held. */
    public void type(String cssSelector, String text) {
        var field = find(cssSelector);
        field.clear();
        field.sendKeys(text);
    }

    /** Clicks a button or link that loads a new page, and waits for that page. */
    public void clickThrough(String cssSelector) {
        clickThrough(driver, find(cssSelector));
    }

    /**
     * Clicks and waits for the next page to replace this one, for any driver (the JavaScript-off journeys use their
     * own). Chromium reports a page that is going away either as a stale element or, mid-navigation, as an "unknown
     * error" about a node that no longer belongs to the document: both mean the old page is gone.
     */
    public static void clickThrough(WebDriver driver, WebElement control) {
        var page = driver.findElement(By.tagName("html"));
        control.click();
        var wait = new WebDriverWait(driver, Duration.ofSeconds(15));
        wait.until(browser -> {
            try {
                page.getTagName();
                return false;
            } catch (WebDriverException gone) {
                return true;
            }
        });
        wait.ignoring(WebDriverException.class).until(browser -> browser.findElement(By.tagName("body")) != null);
    }

    /** Sets a date field as a date picker would, whatever date format the browser's locale shows. */
    public void setDate(String cssSelector, LocalDate date) {
        driver.executeScript("arguments[0].value = arguments[1]", find(cssSelector), date.toString());
    }

    /**
     * Reloads the page until the element shows, for what an asynchronous listener updates after the request that
     * caused it; ten seconds at most.
     */
    public void reloadUntilShown(By element) {
        new WebDriverWait(driver, Duration.ofSeconds(10), Duration.ofMillis(250)).until(browser -> {
            if (!browser.findElements(element).isEmpty()) {
                return true;
            }
            browser.navigate().refresh();
            return !browser.findElements(element).isEmpty();
        });
    }

    /** Forgets the signed-in user, as a fresh browser would. */
    public void forgetSession() {
        driver.manage().deleteAllCookies();
    }

    /** Waits up to ten seconds for a condition on the page, such as the address it should reach. */
    public <T> T waitFor(Function<WebDriver, T> condition) {
        // A check that lands mid-navigation may fail with Chromium's "node does not belong to the document"; the
        // wait simply asks again, and only the time limit ends it.
        return new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(WebDriverException.class).until(condition);
    }
}
