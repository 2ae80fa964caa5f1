package org.custodes.identity;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A personal API token to create: a name to recognise it by and, optionally, the last day it works. */
public record CreateApiToken(String name, @Nullable LocalDate expiresOn) {

    public CreateApiToken {
        name = name.strip();
    }
}
