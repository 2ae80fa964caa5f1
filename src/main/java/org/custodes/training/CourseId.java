package org.custodes.training;

import java.util.UUID;

public record CourseId(UUID value) {

    public static CourseId of(String value) {
        return new CourseId(UUID.fromString(value));
    }
}
