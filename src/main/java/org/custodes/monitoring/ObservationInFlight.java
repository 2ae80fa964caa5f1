package org.custodes.monitoring;

/** Another request with the same idempotency key is still being processed. */
public class ObservationInFlight extends RuntimeException {

    ObservationInFlight() {
        super("An observation with this idempotency key is still being recorded");
    }
}
