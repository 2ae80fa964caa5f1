package org.custodes.complaint;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.custodes.complaint.casefile.CaseContentUnreadable;
import org.custodes.complaint.casefile.Envelope;
import org.custodes.shared.MasterKey;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Seals an unfinished complaint so that it can travel between the steps of the form: AES-GCM under the master key (an
 * altered draft is refused) and dated (an old draft expires). The server stores nothing until the complaint is sent
 * (GlobaLeaks' 2014 audit, issue H: no plaintext of unfinished submissions on the server).
 */
@Component
public final class DraftSeal {

    private static final String PURPOSE = "complaint-intake-draft";
    private static final Duration LIFETIME = Duration.ofHours(3);
    private static final int MAX_SEALED_LENGTH = 200_000;

    private final Envelope envelope;
    private final Clock clock;

    @Autowired
    DraftSeal(Envelope envelope, Clock clock) {
        this.envelope = envelope;
        this.clock = clock;
    }

    /** A seal of its own over the master key, for code outside the application context (the form's fuzz test). */
    public DraftSeal(MasterKey masterKey, Clock clock) {
        this(new Envelope(masterKey), clock);
    }

    public String seal(byte[] draft) {
        var dated = ByteBuffer.allocate(Long.BYTES + draft.length).putLong(clock.instant().getEpochSecond()).put(draft);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(envelope.seal(PURPOSE, dated.array()));
    }

    /** The draft, or nothing when it is missing, altered, unreadable or older than its lifetime. */
    public Optional<byte[]> open(@Nullable String sealed) {
        if (sealed == null || sealed.isBlank() || sealed.length() > MAX_SEALED_LENGTH) {
            return Optional.empty();
        }
        try {
            var dated = ByteBuffer.wrap(envelope.open(PURPOSE, Base64.getUrlDecoder().decode(sealed)));
            if (dated.remaining() < Long.BYTES) {
                return Optional.empty();
            }
            var age = Duration.ofSeconds(clock.instant().getEpochSecond() - dated.getLong());
            if (age.isNegative() || age.compareTo(LIFETIME) > 0) {
                return Optional.empty();
            }
            var draft = new byte[dated.remaining()];
            dated.get(draft);
            return Optional.of(draft);
        } catch (CaseContentUnreadable | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }
}
