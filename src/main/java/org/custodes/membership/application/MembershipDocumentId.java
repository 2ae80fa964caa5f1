package org.custodes.membership.application;

import java.util.UUID;

/** Identifies a document uploaded with an application. */
public record MembershipDocumentId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
