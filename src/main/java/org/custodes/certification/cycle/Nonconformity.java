package org.custodes.certification.cycle;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A finding of an audit, the corrective action planned for it and when it was closed (null while open). */
public record Nonconformity(NonconformityGrade grade, String description, String correctiveAction,
        @Nullable LocalDate closedOn) {

    public boolean closed() {
        return closedOn != null;
    }
}
