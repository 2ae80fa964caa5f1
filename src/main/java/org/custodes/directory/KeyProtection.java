package org.custodes.directory;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.custodes.shared.MasterKey;
import org.springframework.stereotype.Component;

/**
 * Seals the directory's secrets at rest (the signing key, webhook secrets) with AES-256-GCM under a key derived by
 * HKDF-SHA256 from the application's master key, bound to what the secret is for. Secrets stored unsealed by an
 * earlier version ({@link #NONE}) can still be opened.
 */
@Component
class KeyProtection {

    static final String NONE = "NONE";
    static final String SEALED = "AES256GCM_HKDF_SHA256";

    private static final int NONCE_BYTES = 12;
    private static final byte[] SALT = "custodes/directory/v1".getBytes(StandardCharsets.UTF_8);

    private final byte[] masterKey;
    private final SecureRandom random = new SecureRandom();

    KeyProtection(MasterKey masterKey) {
        this.masterKey = masterKey.derive("directory/secrets/v1").getEncoded();
    }

    /** The protection new secrets get. */
    String protection() {
        return SEALED;
    }

    byte[] seal(byte[] secret, String purpose) {
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
