package org.custodes.training;

import java.util.UUID;

/** An uploaded audio or video file with its plain-text alternative. */
public record MediaRef(UUID id, String contentType, String textAlternative) {
}
