package org.custodes.fieldvoice;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.subtle.AesGcmJce;
import org.custodes.shared.MasterKey;
import org.springframework.stereotype.Component;

/**
 * Seals at rest what the field sends (security.md: interview notes are secret) and each mission's private key, with
 * Tink's AES-256-GCM under keys derived from the master key, one per purpose. Every ciphertext is bound to its
 * mission or submission and part through associated data, so none can be moved; anything altered fails closed.
 */
@Component
class FieldKeys {

    private final Aead missionKeys;
    private final Aead content;

    FieldKeys(MasterKey masterKey) {
        this.missionKeys = aead(masterKey.derive("fieldvoice/mission-private-key/v1").getEncoded());
        this.content = aead(masterKey.derive("fieldvoice/submission-content/v1").getEncoded());
    }

    private static Aead aead(byte[] key) {
        try {
            return new AesGcmJce(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is part of every JDK", e);
        }
    }

    byte[] sealPrivateKey(CaptureMissionId mission, byte[] pkcs8) {
        return seal(missionKeys, pkcs8, "custodes/fieldvoice/mission/" + mission);
    }

    byte[] openPrivateKey(CaptureMissionId mission, byte[] sealed) {
        return open(missionKeys, sealed, "custodes/fieldvoice/mission/" + mission);
    }

    byte[] sealContent(SubmissionId submission, String part, byte[] clear) {
        return seal(content, clear, "custodes/fieldvoice/submission/" + submission + "/" + part);
    }

    byte[] openContent(SubmissionId submission, String part, byte[] sealed) {
        return open(content, sealed, "custodes/fieldvoice/submission/" + submission + "/" + part);
    }

    private static byte[] seal(Aead aead, byte[] clear, String binding) {
        try {
            return aead.encrypt(clear, binding.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing failed", e);
        }
    }

    private static byte[] open(Aead aead, byte[] sealed, String binding) {
        try {
            return aead.decrypt(sealed, binding.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealed field data could not be opened: wrong master key or altered data", e);
        }
    }
}
