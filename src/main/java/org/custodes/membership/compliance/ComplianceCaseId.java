package org.custodes.membership.compliance;

import java.util.UUID;

/** Identifies a compliance case on the sanctions ladder. */
public record ComplianceCaseId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
