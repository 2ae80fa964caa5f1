package org.custodes.complaint.casefile;


import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.UUID;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import com.google.crypto.tink.subtle.AesGcmJce;
import org.custodes.shared.MasterKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Envelope encryption of complaint content: each case has its own AES-256-GCM data key, stored only wrapped by the
 * master key and bound to its case id. Every ciphertext is bound to its case and field through associated data, so
 * one cannot be moved to another case or field. Anything that does not decrypt fails closed.
 */
@Component
public class Envelope {

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Aead master;

    /** Case keys are wrapped by a key derived from the master key for this purpose alone. */
    @Autowired
    public Envelope(MasterKey masterKey) {
        this(aead(masterKey.derive("complaint/case-key-wrapping/v1").getEncoded()));
    }

    private static Aead aead(byte[] key) {
        try {
            return new AesGcmJce(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is part of every JDK", e);
        }
    }

    public Envelope(Aead master) {
        this.master = master;
    }

    /** A fresh data key for a new case. */
    public CaseKey newCaseKey(UUID caseId) {
        try {
            var handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
            var wrapped = TinkProtoKeysetFormat.serializeEncryptedKeyset(handle, master, keyBinding(caseId));
            return new CaseKey(caseId, handle.getPrimitive(RegistryConfiguration.get(), Aead.class), wrapped);
        } catch (GeneralSecurityException e) {
            throw new CaseContentUnreadable(e);
        }
    }

    /** The data key of an existing case; fails closed when the wrapped key was altered or belongs to another case. */
    public CaseKey caseKey(UUID caseId, byte[] wrapped) {
        try {
            var handle = TinkProtoKeysetFormat.parseEncryptedKeyset(wrapped, master, keyBinding(caseId));
            return new CaseKey(caseId, handle.getPrimitive(RegistryConfiguration.get(), Aead.class), wrapped);
        } catch (GeneralSecurityException e) {
            throw new CaseContentUnreadable(e);
        }
    }

    /** Seals data that belongs to no case yet (intake drafts, stored idempotent responses) under the master key. */
    public byte[] seal(String purpose, byte[] plaintext) {
        try {
            return master.encrypt(plaintext, purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new CaseContentUnreadable(e);
        }
    }

    public byte[] open(String purpose, byte[] ciphertext) {
        try {
            return master.decrypt(ciphertext, purpose.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new CaseContentUnreadable(e);
        }
    }

    private static byte[] keyBinding(UUID caseId) {
        return ("custodes/complaint-key/" + caseId).getBytes(StandardCharsets.UTF_8);
    }
}
