package org.custodes.monitoring.observation;

/** Another request with the same idempotency key is still being processed. */
public class ObservationInFlight extends RuntimeException {

    public ObservationInFlight() {
        super("An observation with this idempotency key is still being recorded");
    }
}
