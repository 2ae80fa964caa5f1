package org.custodes.training.course;

/** The bytes of an uploaded audio or video file. */
public record MediaContent(String contentType, byte[] content) {
}
