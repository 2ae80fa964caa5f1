package org.custodes.reporting.evidence;

/** A file to hand back to someone allowed to see it. */
public record EvidenceDownload(String filename, String mediaType, byte[] content) {
}
