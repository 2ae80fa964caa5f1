package org.custodes.directory;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals the directory's secrets at rest (the signing key, webhook secrets) with AES-256-GCM under a key derived by
 * HKDF-SHA256 from {@code custodes.master-key}, bound to what the secret is for. Without a master key (the quick
 * start) secrets are stored as they are, with a warning; production refuses to start without one.
 */
@Component
class KeyProtection {

    static final String NONE = "NONE";
    static final String SEALED = "AES256GCM_HKDF_SHA256";

    private static final Logger log = LoggerFactory.getLogger(KeyProtection.class);
    private static final int NONCE_BYTES = 12;
    private static final byte[] SALT = "custodes/directory/v1".getBytes(StandardCharsets.UTF_8);

    private final byte[] masterKey;
    private final SecureRandom random = new SecureRandom();

    KeyProtection(@Value("${custodes.master-key:}") String masterKey) {
        this.masterKey = masterKey.getBytes(StandardCharsets.UTF_8);
        if (this.masterKey.length == 0) {
            log.warn("custodes.master-key is empty: the directory's signing key and webhook secrets are stored "
                    + "unencrypted. Set CUSTODES_MASTER_KEY outside the quick start.");
        }
    }

    /** The protection new secrets get: {@link #SEALED} with a master key, {@link #NONE} without. */
    String protection() {
        return masterKey.length == 0 ? NONE : SEALED;
    }

    byte[] seal(byte[] secret, String purpose) {
        if (masterKey.length == 0) {
            return secret.clone();
        }
        try {
            var nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            var cipher = cipher(Cipher.ENCRYPT_MODE, purpose, nonce);
            var sealed = cipher.doFinal(secret);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not seal a secret", e);
        }
    }

    byte[] open(byte[] stored, String protection, String purpose) {
        if (NONE.equals(protection)) {
            return stored.clone();
        }
        if (masterKey.length == 0) {
            throw new IllegalStateException("A directory secret is sealed with a master key, but custodes.master-key is empty");
        }
        try {
            var nonce = java.util.Arrays.copyOf(stored, NONCE_BYTES);
            return cipher(Cipher.DECRYPT_MODE, purpose, nonce).doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A directory secret could not be opened: wrong master key or altered data", e);
        }
    }

    private Cipher cipher(int mode, String purpose, byte[] nonce) throws GeneralSecurityException {
        var cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(derive(purpose), "AES"), new GCMParameterSpec(128, nonce));
        cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    /** HKDF-SHA256 (RFC 5869) with one output block: 32 bytes, one key per purpose. */
    private byte[] derive(String purpose) throws GeneralSecurityException {
        var extract = Mac.getInstance("HmacSHA256");
        extract.init(new SecretKeySpec(SALT, "HmacSHA256"));
        var pseudoRandomKey = extract.doFinal(masterKey);
        var expand = Mac.getInstance("HmacSHA256");
        expand.init(new SecretKeySpec(pseudoRandomKey, "HmacSHA256"));
        expand.update(purpose.getBytes(StandardCharsets.UTF_8));
        expand.update((byte) 1);
        return expand.doFinal();
    }
}
