package org.custodes.membership.dues;

import java.util.UUID;

/** Identifies a dues invoice. */
public record InvoiceId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
