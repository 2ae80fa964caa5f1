package org.custodes.platform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * In production an acknowledged submission must survive a crash and complaint content must be encrypted, so the
 * application refuses to start without a master key or on a PostgreSQL that may lose commits.
 */
@Component
@Profile("prod")
class ProductionSafetyCheck implements InitializingBean {

    /** The server settings that must not be off: without them an acknowledged commit may be lost or corrupted. */
    static final List<String> DURABILITY_SETTINGS = List.of("fsync", "synchronous_commit", "full_page_writes");

    private final JdbcClient jdbc;
    private final String masterKey;

    ProductionSafetyCheck(DataSource dataSource, @Value("${custodes.master-key:}") String masterKey) {
        this.jdbc = JdbcClient.create(dataSource);
        this.masterKey = masterKey;
    }

    @Override
    public void afterPropertiesSet() {
        var settings = new LinkedHashMap<String, String>();
        for (var setting : DURABILITY_SETTINGS) {
            settings.put(setting, jdbc.sql("select current_setting(:name)").param("name", setting)
                    .query(String.class).single());
        }
        var problems = problems(masterKey, settings);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start in production: " + String.join("; ", problems));
        }
    }

    /** What is unsafe about this master key and these PostgreSQL settings; empty when it is safe to start. */
    static List<String> problems(String masterKey, Map<String, String> databaseSettings) {
        var problems = new ArrayList<String>();
        if (masterKey.isBlank()) {
            problems.add("CUSTODES_MASTER_KEY is not set");
        }
        for (var setting : DURABILITY_SETTINGS) {
            var value = databaseSettings.get(setting);
            if (value == null || "off".equalsIgnoreCase(value.strip())) {
                problems.add("PostgreSQL runs with " + setting + "=" + (value == null ? "unknown" : value));
            }
        }
        return problems;
    }
}
