package org.custodes.complaint.casefile;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

import com.google.crypto.tink.Aead;
import org.jspecify.annotations.Nullable;

/** The unwrapped data key of one case; it seals each field bound to the case id and the field's name. */
public final class CaseKey {

    private final UUID caseId;
    private final Aead aead;
    private final byte[] wrapped;

    CaseKey(UUID caseId, Aead aead, byte[] wrapped) {
        this.caseId = caseId;
        this.aead = aead;
        this.wrapped = wrapped.clone();
    }

    public byte[] wrapped() {
        return wrapped.clone();
    }

    public byte[] seal(String field, byte[] plaintext) {
        try {
            return aead.encrypt(plaintext, binding(field));
        } catch (GeneralSecurityException e) {
            throw new CaseContentUnreadable(e);
        }
    }

    public byte[] open(String field, byte[] ciphertext) {
        try {
            return aead.decrypt(ciphertext, binding(field));
        } catch (GeneralSecurityException e) {
            throw new CaseContentUnreadable(e);
        }
    }

    public byte @Nullable [] sealText(String field, @Nullable String text) {
        return text == null ? null : seal(field, text.getBytes(StandardCharsets.UTF_8));
    }

    public @Nullable String openText(String field, byte @Nullable [] ciphertext) {
        return ciphertext == null ? null : new String(open(field, ciphertext), StandardCharsets.UTF_8);
    }

    private byte[] binding(String field) {
        return ("custodes/complaint/" + caseId + "/" + field).getBytes(StandardCharsets.UTF_8);
    }
}
