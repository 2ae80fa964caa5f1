package org.custodes.identity;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.custodes.identity.secondfactor.Base32;

/**
 * One person's visit through MockMvc: keeps the session cookie between requests, as a browser would, and sends
 * every request from the same client address.
 */
final class BrowserlessSession {

    static final String COOKIE = "custodes-session";
    private static final Pattern SECRET = Pattern.compile("id=\"secret\"[^>]*>([A-Z2-7 ]+)<");

    private final MockMvc mvc;
    private final String clientAddress;
    private @Nullable Cookie session;

    BrowserlessSession(MockMvc mvc) {
        this.mvc = mvc;
        this.clientAddress = TestAccounts.freshClientAddress();
    }

    @Nullable String sessionId() {
        return session == null ? null : session.getValue();
    }

    MvcResult visit(String path) throws Exception {
        return perform(get(path));
    }

    MvcResult submit(String path, String... params) throws Exception {
        var request = post(path).with(csrf());
        for (var i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return perform(request);
    }

    MvcResult signIn(String email, String password) throws Exception {
        return submit("/sign-in", "email", email, "password", password);
    }

    MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        request.with(r -> {
            r.setRemoteAddr(clientAddress);
            return r;
        });
        if (session != null) {
            request.cookie(session);
        }
        var result = mvc.perform(request).andReturn();
        var issued = result.getResponse().getCookie(COOKIE);
        if (issued != null) {
            session = issued.getMaxAge() == 0 ? null : issued;
        }
        return result;
    }

    static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The TOTP secret the enrolment page shows, as the user would copy it. */
    static byte[] secretOn(MvcResult enrolmentPage) throws Exception {
        var matcher = SECRET.matcher(body(enrolmentPage));
        if (!matcher.find()) {
            throw new AssertionError("The enrolment page shows no secret");
        }
        return Base32.decode(matcher.group(1));
    }
}
