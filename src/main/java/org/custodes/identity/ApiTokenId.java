package org.custodes.identity;

import java.util.UUID;

/** Identifies a personal API token (never the secret itself). */
public record ApiTokenId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
