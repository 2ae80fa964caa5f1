package org.custodes.platform;

import java.util.ArrayList;

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

    private final JdbcClient jdbc;
    private final String masterKey;

    ProductionSafetyCheck(DataSource dataSource, @Value("${custodes.master-key:}") String masterKey) {
        this.jdbc = JdbcClient.create(dataSource);
        this.masterKey = masterKey;
    }

    @Override
    public void afterPropertiesSet() {
        var problems = new ArrayList<String>();
        if (masterKey.isBlank()) {
            problems.add("CUSTODES_MASTER_KEY is not set");
        }
        for (var setting : new String[] { "fsync", "synchronous_commit", "full_page_writes" }) {
            var value = jdbc.sql("select current_setting('" + setting + "')").query(String.class).single();
            if ("off".equalsIgnoreCase(value)) {
                problems.add("PostgreSQL runs with " + setting + "=off");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Refusing to start in production: " + String.join("; ", problems));
        }
    }
}
