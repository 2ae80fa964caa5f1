package org.custodes.certification.cycle;

/** A passage removed from an audit report, and the company's written reason for removing it. */
public record Redaction(String location, String justification) {
}
