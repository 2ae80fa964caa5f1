package org.custodes.complaint;

/** Another request with the same idempotency key is being processed right now: retry later for its answer. */
public class SubmissionInFlight extends RuntimeException {

    public SubmissionInFlight() {
        super("A submission with this idempotency key is in progress");
    }
}
