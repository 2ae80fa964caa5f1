package org.custodes.platform;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. With no {@code url}, an embedded PostgreSQL keeps its files in {@code embeddedDirectory}.
 * {@code replicaUrl} names a streaming replica for the public directory's reads (user and password as the primary's
 * unless {@code replicaUser} and {@code replicaPassword} are given); without it those reads go to the primary.
 */
@ConfigurationProperties("custodes.db")
record DatabaseSettings(@Nullable String url, @Nullable String user, @Nullable String password,
        Path embeddedDirectory, int maximumPoolSize, @Nullable String replicaUrl, @Nullable String replicaUser,
        @Nullable String replicaPassword, int replicaPoolSize) {

    DatabaseSettings {
        if (url != null && url.isBlank()) {
            url = null;
        }
        if (replicaUrl != null && replicaUrl.isBlank()) {
            replicaUrl = null;
        }
        if (replicaUser != null && replicaUser.isBlank()) {
            replicaUser = null;
        }
        if (replicaPassword != null && replicaPassword.isBlank()) {
            replicaPassword = null;
        }
        if (replicaPoolSize <= 0) {
            replicaPoolSize = 10;
        }
        if (embeddedDirectory == null) {
            embeddedDirectory = Path.of(".custodes", "pgdata");
        }
        if (maximumPoolSize <= 0) {
            maximumPoolSize = 20;
        }
    }

    boolean external() {
        return url != null;
    }
}
