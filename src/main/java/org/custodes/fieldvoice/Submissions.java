package org.custodes.fieldvoice;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Submissions received, their content and media sealed. */
@Repository
class Submissions {

    /** A sealed part of a submission. */
    record SealedPart(String name, int size, byte[] sealed) {
    }

    private static final String SUMMARY = """
            select s.id, s.mission_id, s.form_id, s.form_version, s.instance_id, d.holder, s.received_at,
                (select count(*) from fieldvoice.submission_media m where m.submission_id = s.id) as media
            from fieldvoice.submission s join fieldvoice.device d on d.id = s.device_id
            """;

    private final JdbcClient jdbc;

    Submissions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<SubmissionId> byInstanceId(String instanceId) {
        return jdbc.sql("select id from fieldvoice.submission where instance_id = :instanceId")
                .param("instanceId", instanceId).query(UUID.class).optional().map(SubmissionId::new);
    }

    /** Stores a submission; false when another request stored the same instanceID first. */
    boolean insert(SubmissionId id, CaptureMissions.PublishedForm form, String instanceId, DeviceId device, Instant at,
            byte[] sealedXml, List<SealedPart> media) {
        var rows = jdbc.sql("""
                insert into fieldvoice.submission (id, mission_id, form_id, form_version, instance_id, device_id,
                    received_at, sealed_xml)
                values (:id, :mission, :formId, :version, :instanceId, :device, :at, :xml)
                on conflict (instance_id) do nothing
                """).param("id", id.value()).param("mission", form.mission().value()).param("formId", form.formId())
                .param("version", form.version()).param("instanceId", instanceId).param("device", device.value())
                .param("at", Timestamp.from(at)).param("xml", sealedXml).update();
        if (rows != 1) {
            return false;
        }
        for (var part : media) {
            jdbc.sql("""
                    insert into fieldvoice.submission_media (submission_id, name, size, sealed_content)
                    values (:id, :name, :size, :sealed)
                    """).param("id", id.value()).param("name", part.name()).param("size", part.size())
                    .param("sealed", part.sealed()).update();
        }
        return true;
    }

    List<SubmissionSummary> ofMission(CaptureMissionId mission) {
        return jdbc.sql(SUMMARY + " where s.mission_id = :mission order by s.received_at desc")
                .param("mission", mission.value()).query((row, n) -> summary(row)).list();
    }

    Optional<SubmissionSummary> find(SubmissionId id) {
        return jdbc.sql(SUMMARY + " where s.id = :id").param("id", id.value()).query((row, n) -> summary(row)).optional();
    }

    byte[] sealedXml(SubmissionId id) {
        return jdbc.sql("select sealed_xml from fieldvoice.submission where id = :id").param("id", id.value())
                .query((row, n) -> row.getBytes(1)).single();
    }

    List<SealedPart> media(SubmissionId id) {
        return jdbc.sql("select name, size, sealed_content from fieldvoice.submission_media where submission_id = :id order by name")
                .param("id", id.value())
                .query((row, n) -> new SealedPart(row.getString(1), row.getInt(2), row.getBytes(3))).list();
    }

    private static SubmissionSummary summary(ResultSet row) throws SQLException {
        return new SubmissionSummary(new SubmissionId(row.getObject("id", UUID.class)),
                new CaptureMissionId(row.getObject("mission_id", UUID.class)), row.getString("form_id"),
                row.getString("form_version"), row.getString("instance_id"), row.getString("holder"),
                row.getTimestamp("received_at").toInstant(), row.getInt("media"));
    }
}
