package org.custodes.fieldvoice;

/** An XForm as Collect downloads it. */
public record FormDocument(String formId, byte[] xml, String hash) {
}
