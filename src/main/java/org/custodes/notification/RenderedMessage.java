package org.custodes.notification;

/** A message as its recipient reads it, in their language. */
record RenderedMessage(String subject, String body) {
}
