package org.custodes.certification.cycle;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What the daily cycle already did for each certificate. */
@Repository
class CycleMarks {

    private final JdbcClient jdbc;

    CycleMarks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<CertificateCycle.Mark> of(UUID certificate) {
        return new HashSet<>(jdbc.sql("select mark, reference_date from certification.cycle_mark where certificate_id = :id")
                .param("id", certificate)
                .query((row, n) -> new CertificateCycle.Mark(row.getString("mark"),
                        row.getObject("reference_date", LocalDate.class)))
                .list());
    }

    /** Remembers a mark; false when it was already there (another run got to it first). */
    boolean record(UUID certificate, CertificateCycle.Mark mark, LocalDate today) {
        return jdbc.sql("""
                insert into certification.cycle_mark (certificate_id, mark, reference_date, recorded_on)
                values (:id, :mark, :reference, :today) on conflict do nothing
                """)
                .param("id", certificate).param("mark", mark.name()).param("reference", mark.referenceDate())
                .param("today", today).update() > 0;
    }

    boolean has(UUID certificate, String mark) {
        return jdbc.sql("select count(*) from certification.cycle_mark where certificate_id = :id and mark = :mark")
                .param("id", certificate).param("mark", mark).query(Long.class).single() > 0;
    }
}
