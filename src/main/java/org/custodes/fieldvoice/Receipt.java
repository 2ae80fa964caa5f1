package org.custodes.fieldvoice;

import org.jspecify.annotations.Nullable;

/**
 * What became of a submission: stored (answer 201), already stored under its instanceID (202), or refused with the
 * reason's message key and the HTTP status OpenRosa expects. A refusal stores nothing but its audit row.
 */
public record Receipt(Outcome outcome, @Nullable SubmissionId submission, @Nullable String refusal) {

    public enum Outcome {
        STORED(201), DUPLICATE(202), MALFORMED(400), NOT_ACCEPTED(403), UNKNOWN_FORM(404);

        private final int status;

        Outcome(int status) {
            this.status = status;
        }

        public int status() {
            return status;
        }
    }

    static Receipt stored(SubmissionId id) {
        return new Receipt(Outcome.STORED, id, null);
    }

    static Receipt duplicate(SubmissionId id) {
        return new Receipt(Outcome.DUPLICATE, id, null);
    }

    static Receipt refused(Outcome outcome, String reason) {
        return new Receipt(outcome, null, reason);
    }
}
