package org.custodes.certification;

/** A passage removed from an audit report, and the company's written reason for removing it. */
public record Redaction(String location, String justification) {
}
