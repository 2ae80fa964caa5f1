package org.custodes.certification.application;

import java.time.Instant;

/** A request for information from the secretariat, or the company's answer. */
public record ApplicationMessage(Author author, String body, Instant writtenAt) {

    public enum Author { SECRETARIAT, COMPANY }
}
