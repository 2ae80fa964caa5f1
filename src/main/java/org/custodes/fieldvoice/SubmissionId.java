package org.custodes.fieldvoice;

import java.util.UUID;

public record SubmissionId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
