package org.custodes.reporting;

/** A file to hand back to someone allowed to see it. */
public record EvidenceDownload(String filename, String mediaType, byte[] content) {
}
