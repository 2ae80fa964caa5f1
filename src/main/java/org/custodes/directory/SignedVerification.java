package org.custodes.directory;

import java.nio.charset.StandardCharsets;

/**
 * A verification answer and its detached Ed25519 signature. {@code verification} is the RFC 8785 canonical JSON of
 * the answer, exactly the bytes that were signed (UTF-8); {@link #toJson()} embeds it unchanged, so a client may
 * either check the bytes it received between {@code "verification":} and {@code ,"signature"} or re-canonicalise
 * the parsed object with any JCS implementation.
 */
public record SignedVerification(String verification, String keyId, String algorithm, String signature) {

    public String toJson() {
        return "{\"verification\":" + verification + ",\"signature\":{\"keyId\":" + CanonicalJson.string(keyId)
                + ",\"algorithm\":" + CanonicalJson.string(algorithm) + ",\"value\":" + CanonicalJson.string(signature)
                + "}}";
    }

    public byte[] toJsonBytes() {
        return toJson().getBytes(StandardCharsets.UTF_8);
    }
}
