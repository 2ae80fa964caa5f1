package org.custodes.support;

import java.time.Duration;
import java.time.Instant;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import org.apache.commons.codec.binary.Base32;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Signs a person in through the real pages, as they would: e-mail and password, then, for the roles that must have
 * a second factor, the enrolment of an authenticator whose codes are computed with java-otp rather than the code
 * under test.
 */
public final class BrowserSignIn {

    private BrowserSignIn() {
    }

    /** Signs in with a password alone and waits to leave the sign-in page. */
    public static void withPassword(Browser browser, String baseUrl, String email, String password) {
        browser.forgetSession();
        browser.open(baseUrl + "/sign-in");
        browser.type("#email", email);
        browser.type("#password", password);
        browser.clickThrough("form.stacked button[type=submit]");
        browser.waitFor(ExpectedConditions.not(ExpectedConditions.urlContains("/sign-in")));
    }

    /** Signs in for the first time as a user who must enrol an authenticator, and reaches the workspace. */
    public static void enrollingAuthenticator(Browser browser, String baseUrl, String email, String password)
            throws Exception {
        browser.forgetSession();
        browser.open(baseUrl + "/sign-in");
        browser.type("#email", email);
        browser.type("#password", password);
        browser.clickThrough("form.stacked button[type=submit]");
        browser.waitFor(ExpectedConditions.urlToBe(baseUrl + "/sign-in/second-factor/enrolment"));
        browser.type("#code", authenticatorCode(secretShown(browser)));
        browser.clickThrough("form.stacked button[type=submit]");
        browser.waitFor(ExpectedConditions.visibilityOfElementLocated(By.id("recovery-codes")));
        browser.clickThrough("#continue");
        browser.waitFor(ExpectedConditions.urlToBe(baseUrl + "/workspace"));
    }

    /** The secret the enrolment page shows, as the person would type it into an authenticator app. */
    public static byte[] secretShown(Browser browser) {
        return new Base32().decode(browser.find("#secret").getText().replace(" ", ""));
    }

    /** The code an authenticator app shows now for the secret. */
    public static String authenticatorCode(byte[] secret) throws Exception {
        var generator = new TimeBasedOneTimePasswordGenerator(Duration.ofSeconds(30), 6);
        return generator.generateOneTimePasswordString(new SecretKeySpec(secret, generator.getAlgorithm()), Instant.now());
    }
}
