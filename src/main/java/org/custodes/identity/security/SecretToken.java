package org.custodes.identity.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secrets identity hands out (invitation links, password-reset links, API tokens): 256 random bits, base64url,
 * stored only as their SHA-256 hash. A plain hash is enough here because the secret itself has full entropy.
 */
public final class SecretToken {

    static final int RANDOM_BYTES = 32;
    /** 32 bytes in base64url without padding. */
    private static final Pattern BODY = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private SecretToken() {
    }

    public static String generate(String prefix) {
        var bytes = new byte[RANDOM_BYTES];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Checked before any lookup, so that malformed input never reaches the database. */
    public static boolean wellFormed(String candidate, String prefix) {
        return candidate != null && candidate.length() == prefix.length() + 43 && candidate.startsWith(prefix)
                && BODY.matcher(candidate.substring(prefix.length())).matches();
    }

    public static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform provides SHA-256", e);
        }
    }
}
