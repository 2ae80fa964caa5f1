package org.custodes.training.personnel;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Bulk enrolment: the people of a personnel file are streamed with PostgreSQL's COPY into a staging table that lives
 * for the transaction, checked there against the company's personnel, and inserted with their code hashes in one
 * statement each. Accepted files are recorded with their Idempotency-Key.
 */
@Repository
public class PersonnelImports {

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    PersonnelImports(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    public record Staged(PersonnelFile.Person person, UUID learner, String code) {
    }

    public record Recorded(UUID importId, byte[] fileSha256, int people) {
    }

    public Optional<Recorded> byKey(OrganisationId organisation, String idempotencyKey) {
        return jdbc.sql("select import_id, file_sha256, people from training.personnel_import where organisation_id = :org and idempotency_key = :key")
                .param("org", organisation.value()).param("key", idempotencyKey)
                .query((row, n) -> new Recorded(row.getObject(1, UUID.class), row.getBytes(2), row.getInt(3))).optional();
    }

    /** Copies the people into the staging table (created here, dropped at commit). Must run inside a transaction. */
    public void stage(List<Staged> people) {
        jdbc.sql("""
                create temporary table personnel_staging (
                    row_number int not null, learner_id uuid not null, full_name text not null, personnel_number text not null,
                    phone text, email text, site text not null, country text not null, role text not null,
                    language text not null, code_hash bytea not null
                ) on commit drop
                """).update();
        var csv = new StringBuilder(people.size() * 160);
        var hex = HexFormat.of();
        for (var staged : people) {
            var p = staged.person();
            csv.append(p.row()).append(',').append(staged.learner()).append(',').append(quote(p.fullName())).append(',')
                    .append(quote(p.employeeNumber())).append(',').append(p.phone() == null ? "" : quote(p.phone())).append(',')
                    .append(p.email() == null ? "" : quote(p.email())).append(',').append(quote(p.site())).append(',')
                    .append(p.country()).append(',').append(quote(p.role())).append(',').append(p.language().name()).append(",\\x")
                    .append(hex.formatHex(Learners.hash(Learners.normalise(staged.code())))).append('\n');
        }
        var connection = DataSourceUtils.getConnection(dataSource);
        try {
            connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("copy personnel_staging from stdin (format csv)", new StringReader(csv.toString()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not copy the personnel file into the staging table", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    public record Taken(int row, String employeeNumber) {
    }

    public record AtSite(UUID learner, String fullName, String employeeNumber) {
    }

    /** Staged people whose employee number the company already has. */
    public List<Taken> numbersTaken(OrganisationId organisation) {
        return jdbc.sql("""
                select s.row_number, s.personnel_number from personnel_staging s
                join training.learner l on l.organisation_id = :org and l.personnel_number = s.personnel_number
                order by s.row_number
                """).param("org", organisation.value())
                .query((row, n) -> new Taken(row.getInt(1), row.getString(2))).list();
    }

    /** Enrols every staged person with their code, counts them in the company's personnel and records the file. */
    public void enrolStaged(OrganisationId organisation, UUID importId, @Nullable String idempotencyKey, byte[] fileSha256, int people,
            LocalDate codesExpireOn, Instant now) {
        jdbc.sql("""
                insert into training.learner (organisation_id, learner_id, full_name, personnel_number, phone, email, site,
                                              country, role, language, enrolled_at)
                select :org, learner_id, full_name, personnel_number, phone, email, site, country, role, language, :now
                from personnel_staging
                """).param("org", organisation.value()).param("now", Timestamp.from(now)).update();
        jdbc.sql("""
                insert into training.access_code (code_hash, organisation_id, learner_id, expires_on)
                select code_hash, :org, learner_id, :expires from personnel_staging
                """).param("org", organisation.value()).param("expires", Date.valueOf(codesExpireOn)).update();
        jdbc.sql("""
                insert into training.personnel_count (organisation_id, personnel) values (:org, :people)
                on conflict (organisation_id) do update set personnel = training.personnel_count.personnel + :people
                """).param("org", organisation.value()).param("people", people).update();
        jdbc.sql("""
                insert into training.personnel_import (organisation_id, import_id, idempotency_key, file_sha256, people, imported_at)
                values (:org, :id, :key, :sha, :people, :now)
                """).param("org", organisation.value()).param("id", importId).param("key", idempotencyKey)
                .param("sha", fileSha256).param("people", people).param("now", Timestamp.from(now)).update();
    }

    /** The people of a site, for new cards. */
    public List<AtSite> atSite(OrganisationId organisation, String site) {
        return jdbc.sql("""
                select learner_id, full_name, personnel_number from training.learner
                where organisation_id = :org and site = :site order by full_name, personnel_number
                """).param("org", organisation.value()).param("site", site)
                .query((row, n) -> new AtSite(row.getObject(1, UUID.class), row.getString(2), row.getString(3))).list();
    }

    public List<String> sites(OrganisationId organisation) {
        return jdbc.sql("select distinct site from training.learner where organisation_id = :org and site is not null order by site")
                .param("org", organisation.value()).query(String.class).list();
    }

    /** A CSV field, quoted, so that commas, quotes and line breaks in names survive COPY. */
    private static String quote(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
