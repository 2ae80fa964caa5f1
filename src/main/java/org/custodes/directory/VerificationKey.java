package org.custodes.directory;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** A public key that checks verification signatures: X.509 SubjectPublicKeyInfo, base64 encoded. */
public record VerificationKey(String keyId, String algorithm, String publicKey, Instant validFrom,
        @Nullable Instant retiredAt) {

    /**
     * The SHA-256 of the key's bytes (the decoded {@code publicKey}), in lowercase hexadecimal grouped by four for
     * reading aloud: what {@code base64 -d | openssl dgst -sha256} prints, spaces aside.
     */
    @JsonProperty("fingerprint")
    public String fingerprint() {
        try {
            var hex = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(publicKey)));
            var grouped = new StringBuilder();
            for (int i = 0; i < hex.length(); i += 4) {
                grouped.append(i == 0 ? "" : " ").append(hex, i, i + 4);
            }
            return grouped.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
