package org.custodes.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.custodes.shared.ReadReplica;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gives the application its PostgreSQL: the server named by {@code custodes.db.url}, or else a real PostgreSQL 18
 * started from the embedded binaries with its data kept on disk, so the quick start needs nothing installed.
 * Either way the database is created when it is missing.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseSettings.class)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);
    private static final Pattern DATABASE_IN_URL = Pattern.compile("^(jdbc:postgresql://[^/]+/)([^?]+)(.*)$");
    private static final String EMBEDDED_DATABASE = "custodes";

    @Bean
    EmbeddedServer embeddedServer(DatabaseSettings settings) {
        return settings.external() ? new EmbeddedServer(null) : new EmbeddedServer(startEmbedded(settings));
    }

    @Bean
    DataSource dataSource(DatabaseSettings settings, EmbeddedServer embedded) {
        var url = settings.external() ? settings.url() : embedded.jdbcUrl(EMBEDDED_DATABASE);
        var user = settings.external() ? settings.user() : "postgres";
        var password = settings.external() ? settings.password() : "postgres";
        createDatabaseIfMissing(url, user, password);
        var config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(settings.maximumPoolSize());
        config.setPoolName("custodes");
        return new HikariDataSource(config);
    }

    @Bean
    ReplicaPool replicaPool(DatabaseSettings settings) {
        if (settings.replicaUrl() == null) {
            return new ReplicaPool(null);
        }
        var config = new HikariConfig();
        config.setJdbcUrl(settings.replicaUrl());
        config.setUsername(settings.replicaUser() != null ? settings.replicaUser() : settings.user());
        config.setPassword(settings.replicaPassword() != null ? settings.replicaPassword() : settings.password());
        config.setMaximumPoolSize(settings.replicaPoolSize());
        config.setReadOnly(true);
        config.setPoolName("custodes-replica");
        // The application starts when the replica is down; the public reads then fail until it is back.
        config.setInitializationFailTimeout(-1);
        return new ReplicaPool(new HikariDataSource(config));
    }

    @Bean
    ReadReplica readReplica(ReplicaPool replica, DataSource primary) {
        var pool = replica.pool();
        // Without a replica the public reads take part in the caller's transaction on the primary, as before.
        return pool == null ? new ReadReplica(new JdbcTemplate(primary), false)
                : new ReadReplica(new JdbcTemplate(pool), true);
    }

    private static EmbeddedPostgres startEmbedded(DatabaseSettings settings) {
        var directory = settings.embeddedDirectory().toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            var server = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    // Stopped by the application context after the pool, never by a JVM hook racing it.
                    .setRegisterShutdownHook(false)
                    // The embedded defaults trade durability for speed; the quick start keeps what users did.
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("fsync", "on")
                    .start();
            log.info("Embedded PostgreSQL {} is running on port {}; its data is kept in {}",
                    "18", server.getPort(), directory);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    static void createDatabaseIfMissing(String url, @Nullable String user, @Nullable String password) {
        var matcher = DATABASE_IN_URL.matcher(url);
        if (!matcher.matches()) {
            throw new IllegalStateException("custodes.db.url must look like jdbc:postgresql://host:port/database, not " + url);
        }
        var database = matcher.group(2);
        var maintenanceUrl = matcher.group(1) + "postgres" + matcher.group(3);
        var properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        try (var connection = DriverManager.getConnection(maintenanceUrl, properties);
             var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (var rows = exists.executeQuery()) {
                if (!rows.next()) {
                    try (var create = connection.createStatement()) {
                        create.execute("create database \"" + database.replace("\"", "\"\"") + "\"");
                    }
                    log.info("Created database {}", database);
                }
            }
        } catch (SQLException e) {
            var state = e.getSQLState();
            if (state != null && (state.startsWith("08") || state.startsWith("28"))) {
                throw new DatabaseUnreachable(url, e);
            }
            if ("42501".equals(state)) {
                log.warn("Not allowed to check or create database {} through {}; assuming it exists", database, maintenanceUrl);
                return;
            }
            throw new DatabaseUnreachable(url, e);
        }
    }

    /**
     * The replica's connections, when a replica is configured, closed with the application. Not a {@code DataSource}
     * bean, so Boot's one data source stays the primary's.
     */
    record ReplicaPool(@Nullable HikariDataSource pool) implements DisposableBean {

        @Override
        public void destroy() {
            if (pool != null) {
                pool.close();
            }
        }
    }

    /** Holds the embedded server, when there is one, and stops it with the application. */
    static final class EmbeddedServer implements DisposableBean {

        private final @Nullable EmbeddedPostgres server;

        EmbeddedServer(@Nullable EmbeddedPostgres server) {
            this.server = server;
        }

        String jdbcUrl(String database) {
            if (server == null) {
                throw new IllegalStateException("No embedded PostgreSQL is running");
            }
            return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
        }

        @Override
        public void destroy() throws IOException {
            if (server != null) {
                server.close();
            }
        }
    }
}
