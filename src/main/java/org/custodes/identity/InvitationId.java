package org.custodes.identity;

import java.util.UUID;

/** Identifies an invitation to join Custodes. */
public record InvitationId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
