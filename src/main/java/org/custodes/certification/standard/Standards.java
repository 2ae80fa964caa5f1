package org.custodes.certification.standard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.custodes.certification.StandardCode;

/** The recognised standards, as data the secretariat edits. */
@Repository
public class Standards {

    private final JdbcClient jdbc;

    Standards(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<StandardDetails> all() {
        return jdbc.sql("select * from certification.standard order by name").query(Standards::details).list();
    }

    public Optional<StandardDetails> find(StandardCode code) {
        return jdbc.sql("select * from certification.standard where code = :code").param("code", code.value())
                .query(Standards::details).optional();
    }

    public void save(SaveStandard command, Instant now) {
        jdbc.sql("""
                insert into certification.standard (code, name, recognition_version, recognised_on, annex_b_items, active,
                    version, updated_at)
                values (:code, :name, :recognitionVersion, :recognisedOn, :items, :active, 0, :now)
                on conflict (code) do update set name = excluded.name, recognition_version = excluded.recognition_version,
                    recognised_on = excluded.recognised_on, annex_b_items = excluded.annex_b_items,
                    active = excluded.active, version = certification.standard.version + 1, updated_at = excluded.updated_at
                """)
                .param("code", command.code().value()).param("name", command.name())
                .param("recognitionVersion", command.recognitionVersion()).param("recognisedOn", command.recognisedOn())
                .param("items", command.annexBItems().toArray(String[]::new)).param("active", command.active())
                .param("now", Timestamp.from(now))
                .update();
    }

    private static StandardDetails details(ResultSet row, int number) throws SQLException {
        return new StandardDetails(new StandardCode(row.getString("code")), row.getString("name"),
                row.getString("recognition_version"), row.getObject("recognised_on", java.time.LocalDate.class),
                Arrays.asList((String[]) row.getArray("annex_b_items").getArray()), row.getBoolean("active"));
    }
}
