package org.custodes.identity;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.jspecify.annotations.Nullable;

/** What the account page shows of an account's second factor. */
public record SecondFactorStatus(boolean enabled, @Nullable Instant since, long recoveryCodesLeft) {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String sinceUtc() {
        return since == null ? "" : UTC.format(since);
    }
}
