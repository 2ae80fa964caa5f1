package org.custodes.training.course;

import java.util.UUID;

/** An uploaded audio or video file with its plain-text alternative. */
public record MediaRef(UUID id, String contentType, String textAlternative) {
}
