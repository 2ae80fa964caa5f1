package org.custodes.directory;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** A public key that checks verification signatures: X.509 SubjectPublicKeyInfo, base64 encoded. */
public record VerificationKey(String keyId, String algorithm, String publicKey, Instant validFrom,
        @Nullable Instant retiredAt) {
}
