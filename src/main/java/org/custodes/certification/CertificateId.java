package org.custodes.certification;

import java.util.UUID;

/** Identifies an external certificate issued by a certification body, as recorded here. */
public record CertificateId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
