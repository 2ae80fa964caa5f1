package org.custodes.fieldvoice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.custodes.shared.Rows;

/** CaptureMissions with their keys, and the forms published to them. */
@Repository
class CaptureMissions {

    /** A mission as stored: its keys stay inside the module. */
    record Mission(CaptureMissionId id, String name, CaptureMissionStatus status, byte[] publicKey, byte[] sealedPrivateKey,
            Instant openedAt, @Nullable Instant closedAt, long version) {
    }

    /** A form published to a mission. */
    record PublishedForm(String formId, CaptureMissionId mission, FormTemplate template, String version, Instant publishedAt) {
    }

    private final JdbcClient jdbc;

    CaptureMissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Mission mission) {
        jdbc.sql("""
                insert into fieldvoice.mission (id, name, status, public_key, sealed_private_key, opened_at)
                values (:id, :name, 'OPEN', :publicKey, :sealed, :openedAt)
                """).param("id", mission.id().value()).param("name", mission.name())
                .param("publicKey", mission.publicKey()).param("sealed", mission.sealedPrivateKey())
                .param("openedAt", Timestamp.from(mission.openedAt())).update();
    }

    Optional<Mission> find(CaptureMissionId id) {
        return jdbc.sql("select * from fieldvoice.mission where id = :id").param("id", id.value())
                .query((row, n) -> mission(row)).optional();
    }

    void close(Mission mission, Instant at) {
        var rows = jdbc.sql("""
                update fieldvoice.mission set status = 'CLOSED', closed_at = :at, version = version + 1
                where id = :id and version = :version and status = 'OPEN'
                """).param("at", Timestamp.from(at)).param("id", mission.id().value())
                .param("version", mission.version()).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("mission " + mission.id() + " was changed by someone else");
        }
    }

    List<CaptureMissionSummary> summaries() {
        return jdbc.sql("""
                select m.id, m.name, m.status, m.opened_at, m.closed_at,
                    (select count(*) from fieldvoice.mission_form f where f.mission_id = m.id) as forms,
                    (select count(*) from fieldvoice.device d where d.mission_id = m.id and d.revoked_at is null) as devices,
                    (select count(*) from fieldvoice.submission s where s.mission_id = m.id) as submissions
                from fieldvoice.mission m order by m.status desc, m.opened_at desc
                """).query((row, n) -> new CaptureMissionSummary(new CaptureMissionId(row.getObject("id", UUID.class)),
                        row.getString("name"), CaptureMissionStatus.valueOf(row.getString("status")),
                        row.getTimestamp("opened_at").toInstant(), Rows.instant(row.getTimestamp("closed_at")),
                        row.getInt("forms"), row.getInt("devices"), row.getInt("submissions"))).list();
    }

    void publish(PublishedForm form) {
        jdbc.sql("""
                insert into fieldvoice.mission_form (form_id, mission_id, template, template_version, published_at)
                values (:formId, :mission, :template, :version, :at)
                on conflict (mission_id, template) do update set template_version = excluded.template_version,
                    published_at = excluded.published_at
                """).param("formId", form.formId()).param("mission", form.mission().value())
                .param("template", form.template().name()).param("version", form.version())
                .param("at", Timestamp.from(form.publishedAt())).update();
    }

    List<PublishedForm> forms(CaptureMissionId mission) {
        return jdbc.sql("select * from fieldvoice.mission_form where mission_id = :mission order by template")
                .param("mission", mission.value()).query((row, n) -> form(row)).list();
    }

    Optional<PublishedForm> form(String formId) {
        return jdbc.sql("select * from fieldvoice.mission_form where form_id = :formId").param("formId", formId)
                .query((row, n) -> form(row)).optional();
    }

    private static PublishedForm form(ResultSet row) throws SQLException {
        return new PublishedForm(row.getString("form_id"), new CaptureMissionId(row.getObject("mission_id", UUID.class)),
                FormTemplate.valueOf(row.getString("template")), row.getString("template_version"),
                row.getTimestamp("published_at").toInstant());
    }

    private static Mission mission(ResultSet row) throws SQLException {
        return new Mission(new CaptureMissionId(row.getObject("id", UUID.class)), row.getString("name"),
                CaptureMissionStatus.valueOf(row.getString("status")), row.getBytes("public_key"),
                row.getBytes("sealed_private_key"), row.getTimestamp("opened_at").toInstant(),
                Rows.instant(row.getTimestamp("closed_at")), row.getLong("version"));
    }
}
