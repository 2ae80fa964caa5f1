package org.custodes.complaint;

import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Carries an unfinished complaint between the steps of the form: sealed with the master key (AES-GCM, so altered
 * drafts are refused) and dated, so an old draft expires. The server stores nothing until the complaint is sent
 * (GlobaLeaks' 2014 audit, issue H: no plaintext of unfinished submissions on the server).
 */
@Component
class IntakeDrafts {

    private static final String PURPOSE = "complaint-intake-draft";
    private static final Duration LIFETIME = Duration.ofHours(3);

    private final Envelope envelope;
    private final JsonMapper json;
    private final Clock clock;

    IntakeDrafts(Envelope envelope, JsonMapper json, Clock clock) {
        this.envelope = envelope;
        this.json = json;
        this.clock = clock;
    }

    record Sealed(long issuedAt, IntakeForm form) {
    }

    String seal(IntakeForm form) {
        form.setDraft(null);
        var bytes = json.writeValueAsBytes(new Sealed(clock.instant().getEpochSecond(), form));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(envelope.seal(PURPOSE, bytes));
    }

    Optional<IntakeForm> open(@Nullable String draft) {
        if (draft == null || draft.isBlank() || draft.length() > 200_000) {
            return Optional.empty();
        }
        try {
            var sealed = json.readValue(envelope.open(PURPOSE, Base64.getUrlDecoder().decode(draft)), Sealed.class);
            var age = Duration.ofSeconds(clock.instant().getEpochSecond() - sealed.issuedAt());
            return age.isNegative() || age.compareTo(LIFETIME) > 0 ? Optional.empty() : Optional.of(sealed.form());
        } catch (CaseContentUnreadable | IllegalArgumentException | tools.jackson.core.JacksonException unreadable) {
            return Optional.empty();
        }
    }
}
