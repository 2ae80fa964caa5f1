package org.custodes.training.credential;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.bouncycastle.jce.provider.BouncyCastleProvider;

import tools.jackson.databind.json.JsonMapper;

/**
 * Compact JWS (RFC 7515) signed with EdDSA over Ed25519 (RFC 8037), free of storage: what a credential is and how
 * it is checked, given only a public key for its {@code kid}. {@link Credentials} keeps the keys.
 */
final class CompactJws {

    static final String ALGORITHM = "Ed25519";
    static final Provider PROVIDER = new BouncyCastleProvider();
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder B64D = Base64.getUrlDecoder();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private CompactJws() {
    }

    /** The compact JWS of the payload (a JSON object given as a map), typed as a VC-JWT. */
    static String sign(PrivateKey key, String kid, Map<String, Object> payload) {
        var header = new LinkedHashMap<String, Object>();
        header.put("alg", "EdDSA");
        header.put("typ", "vc+jwt");
        header.put("kid", kid);
        var signingInput = B64.encodeToString(JSON.writeValueAsBytes(header)) + "." + B64.encodeToString(JSON.writeValueAsBytes(payload));
        try {
            var signature = Signature.getInstance(ALGORITHM, PROVIDER);
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64.encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign a credential", e);
        }
    }

    /**
     * The payload when the header says EdDSA, names a key that {@code keys} knows, and the signature holds under it;
     * empty for anything else (altered, foreign, malformed, another algorithm).
     */
    @SuppressWarnings("unchecked")
    static Optional<Map<String, Object>> verify(String jws, Function<String, Optional<PublicKey>> keys) {
        var parts = jws.strip().split("\\.", -1);
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            var header = JSON.readValue(B64D.decode(parts[0]), Map.class);
            if (!"EdDSA".equals(header.get("alg")) || !(header.get("kid") instanceof String kid)) {
                return Optional.empty();
            }
            var publicKey = keys.apply(kid);
            if (publicKey.isEmpty()) {
                return Optional.empty();
            }
            var signature = Signature.getInstance(ALGORITHM, PROVIDER);
            signature.initVerify(publicKey.get());
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!signature.verify(B64D.decode(parts[2]))) {
                return Optional.empty();
            }
            return Optional.of((Map<String, Object>) JSON.readValue(B64D.decode(parts[1]), Map.class));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException
                | tools.jackson.core.JacksonException e) {
            return Optional.empty();
        }
    }
}
