package org.custodes.reporting;

import java.util.UUID;

/** Identifies a evidence of the self-assessment. */
public record EvidenceId(UUID value) implements java.io.Serializable {

    public static EvidenceId of(String value) {
        return new EvidenceId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
