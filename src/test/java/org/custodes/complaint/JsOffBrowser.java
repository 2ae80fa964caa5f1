package org.custodes.complaint;

import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium with JavaScript switched off, as Tor Browser's "Safest" level does, on a 360 px wide
 * screen, recording every network request so a test can prove nothing was fetched from elsewhere.
 */
final class JsOffBrowser {

    private JsOffBrowser() {
    }

    static boolean skipped() {
        return Boolean.getBoolean("custodes.browser-tests.skip") || !new java.io.File("/usr/bin/chromedriver").canExecute();
    }

    static ChromeDriver start() {
        var options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--window-size=360,800");
        options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        var logging = new LoggingPreferences();
        logging.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build();
        return new ChromeDriver(service, options);
    }

    /** The URLs of every request the page made since the last call. */
    static List<String> requestedUrls(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
                .map(entry -> entry.getMessage())
                .filter(message -> message.contains("\"Network.requestWillBeSent\""))
                .map(message -> {
                    var start = message.indexOf("\"url\":\"");
                    return start < 0 ? "" : message.substring(start + 7, message.indexOf('"', start + 7));
                })
                .toList();
    }
}
