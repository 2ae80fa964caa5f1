package org.custodes.identity;

import java.time.Instant;
import java.util.UUID;

import org.custodes.shared.UserId;

/** A link between an identity at the OpenID provider and an account, as the administrator sees it. */
public record ExternalIdentityLink(UUID id, String issuer, String subject, UserId account, String accountName,
        String accountEmail, String providerEmail, Status status, Instant requestedAt) {

    public enum Status {
        PENDING, APPROVED, REFUSED
    }
}
