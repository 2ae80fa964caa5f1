package org.custodes.reporting;

import java.util.UUID;

/** Identifies a report of the self-assessment. */
public record ReportId(UUID value) implements java.io.Serializable {

    public static ReportId of(String value) {
        return new ReportId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
