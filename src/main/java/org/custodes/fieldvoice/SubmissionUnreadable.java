package org.custodes.fieldvoice;

/** A submission that cannot be read as sent: malformed, cut short, or altered. The key names the refusal. */
final class SubmissionUnreadable extends RuntimeException {

    private final String reason;

    SubmissionUnreadable(String reason) {
        super(reason, null, false, false);
        this.reason = reason;
    }

    String reason() {
        return reason;
    }
}
