package org.custodes.membership.application;

import java.time.Instant;

/** A document uploaded with an application, without its content. */
public record MembershipDocumentSummary(MembershipDocumentId id, String filename, String contentType, long size, Instant uploadedAt) {
}
