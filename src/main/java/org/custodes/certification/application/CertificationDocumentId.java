package org.custodes.certification.application;

import java.util.UUID;

/** Identifies a file uploaded to a certification application. */
public record CertificationDocumentId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
