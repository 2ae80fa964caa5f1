package org.custodes.helpdesk;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.subtle.AesGcmJce;
import org.custodes.shared.MasterKey;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Seals at rest what a requester or an officer writes (subject, question, reply address, messages, internal notes):
 * a question to the secretariat may name people, a grievance or a worker's situation, so it is personal data
 * (security.md). The pattern is field voice's FieldKeys: Tink's AES-256-GCM under a key derived from the master key
 * for this purpose alone, each ciphertext bound by associated data to its request and field, so none can be moved
 * from one request or field to another; anything altered fails closed.
 */
@Component
class HelpdeskSeal {

    private final Aead aead;

    @Autowired
    HelpdeskSeal(MasterKey masterKey) {
        this(masterKey.derive("helpdesk/request-content/v1").getEncoded());
    }

    HelpdeskSeal(byte[] key) {
        try {
            this.aead = new AesGcmJce(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-256-GCM is part of every JDK", e);
        }
    }

    byte[] seal(SupportRequestId request, String field, String text) {
        try {
            return aead.encrypt(text.getBytes(StandardCharsets.UTF_8), binding(request, field));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Support request content could not be sealed", e);
        }
    }

    String open(SupportRequestId request, String field, byte @Nullable [] sealed) {
        if (sealed == null) {
            throw new IllegalStateException("Support request " + request + " has no " + field);
        }
        try {
            return new String(aead.decrypt(sealed, binding(request, field)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Support request content could not be opened: wrong key or altered data",
                    e);
        }
    }

    private static byte[] binding(SupportRequestId request, String field) {
        return ("custodes/helpdesk/request/" + request + "/" + field).getBytes(StandardCharsets.UTF_8);
    }
}
