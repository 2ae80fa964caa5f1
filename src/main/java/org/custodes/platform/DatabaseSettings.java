package org.custodes.platform;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the data lives. With no {@code url}, an embedded PostgreSQL keeps its files in {@code embeddedDirectory}.
 */
@ConfigurationProperties("custodes.db")
record DatabaseSettings(@Nullable String url, @Nullable String user, @Nullable String password,
        Path embeddedDirectory, int maximumPoolSize) {

    DatabaseSettings {
        if (url != null && url.isBlank()) {
            url = null;
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
