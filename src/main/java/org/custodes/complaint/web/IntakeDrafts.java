package org.custodes.complaint.web;

import java.util.Optional;

import org.custodes.complaint.DraftSeal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Carries an unfinished complaint form between its steps, as JSON under the complaint module's draft seal. */
@Component
class IntakeDrafts {

    private final DraftSeal seal;
    private final JsonMapper json;

    IntakeDrafts(DraftSeal seal, JsonMapper json) {
        this.seal = seal;
        this.json = json;
    }

    String seal(IntakeForm form) {
        form.setDraft(null);
        return seal.seal(json.writeValueAsBytes(form));
    }

    Optional<IntakeForm> open(@Nullable String draft) {
        try {
            return seal.open(draft).map(bytes -> json.readValue(bytes, IntakeForm.class));
        } catch (JacksonException unreadable) {
            return Optional.empty();
        }
    }
}
