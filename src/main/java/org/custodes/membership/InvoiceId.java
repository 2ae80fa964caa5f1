package org.custodes.membership;

import java.util.UUID;

/** Identifies a dues invoice. */
public record InvoiceId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
