package org.custodes.complaint;

import java.util.List;
import java.util.UUID;

import org.custodes.shared.OrganisationId;
import org.custodes.support.TestActors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Test helpers: signed-in actors without the identity module, and a scan of every stored byte of the database. */
final class ComplaintFixtures {

    private ComplaintFixtures() {
    }

    static Authentication actor(OrganisationId organisation, String... permissions) {
        return TestActors.of(organisation, permissions).authentication();
    }

    static Authentication handler() {
        return actor(new OrganisationId(UUID.randomUUID()), "complaint:handle");
    }

    static <T> T as(Authentication who, java.util.function.Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(who);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    static void run(Authentication who, Runnable work) {
        as(who, () -> {
            work.run();
            return null;
        });
    }

    /**
     * Every place in the database where the marker occurs, as {@code schema.table.column}: all text-like and
     * binary columns of every schema, the way a grep of a {@code pg_dump} would find it.
     */
    static List<String> databaseOccurrences(JdbcClient jdbc, String marker) {
        var columns = jdbc.sql("""
                select c.table_schema, c.table_name, c.column_name, c.data_type
                from information_schema.columns c join information_schema.tables t
                  on t.table_schema = c.table_schema and t.table_name = c.table_name and t.table_type = 'BASE TABLE'
                where c.table_schema not in ('pg_catalog', 'information_schema')
                  and c.data_type in ('text', 'character varying', 'character', 'bytea', 'json', 'jsonb', 'ARRAY')
                """).query((row, n) -> new String[] { row.getString(1), row.getString(2), row.getString(3), row.getString(4) })
                .list();
        var found = new java.util.ArrayList<String>();
        for (var column : columns) {
            var ref = "\"" + column[0] + "\".\"" + column[1] + "\"";
            var col = "\"" + column[2] + "\"";
            var condition = "bytea".equals(column[3])
                    ? "position(convert_to(:marker, 'UTF8') in " + col + ") > 0"
                    : "strpos(" + col + "::text, :marker) > 0";
            var hits = jdbc.sql("select count(*) from " + ref + " where " + condition).param("marker", marker)
                    .query(Long.class).single();
            if (hits > 0) {
                found.add(column[0] + "." + column[1] + "." + column[2]);
            }
        }
        return found;
    }

    static String marker(String kind) {
        return "CANARY" + kind + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
