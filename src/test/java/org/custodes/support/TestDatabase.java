package org.custodes.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test context at a fresh database: on the server named by {@code CUSTODES_TEST_DB_URL} when set, else on
 * one embedded PostgreSQL started once for the whole test run. The application creates the database itself.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Pattern SERVER = Pattern.compile("^(jdbc:postgresql://[^/]+/)[^?]*(.*)$");
    private static EmbeddedPostgres embedded;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var database = "custodes_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", properties(database)));
    }

    static Map<String, Object> properties(String database) {
        var external = setting("CUSTODES_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            var matcher = SERVER.matcher(external);
            if (!matcher.matches()) {
                throw new IllegalStateException("CUSTODES_TEST_DB_URL must look like jdbc:postgresql://host:port/db");
            }
            return Map.of("custodes.db.url", matcher.group(1) + database + matcher.group(2),
                    "custodes.db.user", orEmpty(setting("CUSTODES_TEST_DB_USER")),
                    "custodes.db.password", orEmpty(setting("CUSTODES_TEST_DB_PASSWORD")));
        }
        return Map.of("custodes.db.url", "jdbc:postgresql://localhost:" + embedded().getPort() + "/" + database,
                "custodes.db.user", "postgres", "custodes.db.password", "postgres");
    }

    static synchronized EmbeddedPostgres embedded() {
        if (embedded == null) {
            try {
                embedded = EmbeddedPostgres.builder().setRegisterShutdownHook(false).start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL for tests", e);
            }
            // Boot runs these after every application context has closed, so no pool outlives the server.
            SpringApplication.getShutdownHandlers().add(() -> {
                try {
                    embedded.close();
                } catch (IOException ignored) {
                    // the JVM is exiting; the server's temporary folder goes with it
                }
            });
        }
        return embedded;
    }

    private static String setting(String name) {
        var value = System.getenv(name);
        return value != null && !value.isBlank() ? value : System.getProperty(name);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
