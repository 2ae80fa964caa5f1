package org.custodes.fieldvoice.survey;

/** A recording of a question or option, with the media type its content was found to be. */
public record Recording(String mediaType, byte[] content) {
}
