package org.custodes.certification;

import java.util.UUID;

/** Identifies a company's application for certification and, once decided, the certification itself. */
public record CertificationId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
