package org.custodes.fieldvoice.survey;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.subtle.AesGcmJce;
import org.custodes.shared.MasterKey;
import org.springframework.stereotype.Component;

/**
 * Seals free-text survey answers at rest with Tink's AES-256-GCM, under a key derived from the master key for this
 * purpose only; each ciphertext is bound to its response and question, so none can be moved to another.
 */
@Component
class SurveyKeys {

    private final Aead freeText;

    SurveyKeys(MasterKey masterKey) {
        try {
            this.freeText = new AesGcmJce(masterKey.derive("fieldvoice/survey-free-text/v1").getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is part of every JDK", e);
        }
    }

    byte[] seal(UUID response, String question, String text) {
        try {
            return freeText.encrypt(text.getBytes(StandardCharsets.UTF_8), binding(response, question));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Sealing failed", e);
        }
    }

    String open(UUID response, String question, byte[] sealed) {
        try {
            return new String(freeText.decrypt(sealed, binding(response, question)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A sealed survey answer does not open: altered or moved", e);
        }
    }

    private static byte[] binding(UUID response, String question) {
        return ("custodes/fieldvoice/survey-answer/" + response + "/" + question).getBytes(StandardCharsets.UTF_8);
    }
}
