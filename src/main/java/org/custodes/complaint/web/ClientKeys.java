package org.custodes.complaint.web;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Turns a request's network address into an opaque key for rate limiting, with a secret that exists only in this
 * process's memory. The address itself is never stored, logged or passed on (security.md case 30).
 */
@Component
class ClientKeys {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec secret;

    ClientKeys() {
        var key = new byte[32];
        RANDOM.nextBytes(key);
        this.secret = new SecretKeySpec(key, "HmacSHA256");
    }

    String of(HttpServletRequest request) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            var address = request.getRemoteAddr();
            return Base64.getEncoder().encodeToString(mac.doFinal(
                    (address == null ? "" : address).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
