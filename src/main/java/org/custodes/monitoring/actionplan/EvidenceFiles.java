package org.custodes.monitoring.actionplan;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.custodes.monitoring.observation.ObservationSeal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Evidence files of corrective actions, sealed at rest as observations are: each file has its own data key, wrapped
 * and bound to the file's id, and its bytes and name are bound to the file and the field.
 */
@Repository
class EvidenceFiles {

    private final JdbcClient jdbc;
    private final ObservationSeal seal;

    EvidenceFiles(JdbcClient jdbc, ObservationSeal seal) {
        this.jdbc = jdbc;
        this.seal = seal;
    }

    void insert(UUID id, ActionPlanId plan, ActionId action, String fileName, String contentType, byte[] content,
            LocalDate on, UUID uploadedBy) {
        var key = seal.newKey(id);
        jdbc.sql("""
                insert into monitoring.action_evidence (id, plan_id, action_id, file_name, content_type, size_bytes,
                    data_key, content, uploaded_on, uploaded_by)
                values (:id, :plan, :action, :name, :type, :size, :key, :content, :on, :by)
                """).param("id", id).param("plan", plan.value()).param("action", action.value())
                .param("name", key.seal("file-name", fileName)).param("type", contentType)
                .param("size", content.length).param("key", key.wrapped())
                .param("content", key.sealBytes("content", content)).param("on", Date.valueOf(on))
                .param("by", uploadedBy).update();
    }

    List<EvidenceFile> of(ActionPlanId plan) {
        return jdbc.sql("""
                select id, action_id, file_name, content_type, size_bytes, uploaded_on, data_key
                from monitoring.action_evidence where plan_id = :plan order by uploaded_on, id
                """).param("plan", plan.value()).query((row, n) -> {
                    var id = row.getObject("id", UUID.class);
                    var key = seal.key(id, row.getBytes("data_key"));
                    return new EvidenceFile(id, new ActionId(row.getObject("action_id", UUID.class)),
                            java.util.Objects.requireNonNull(key.open("file-name", row.getBytes("file_name"))),
                            row.getString("content_type"), row.getInt("size_bytes"),
                            row.getDate("uploaded_on").toLocalDate());
                }).list();
    }

    Optional<EvidenceDownload> open(ActionPlanId plan, UUID evidence) {
        return jdbc.sql("""
                select file_name, content_type, data_key, content from monitoring.action_evidence
                where plan_id = :plan and id = :id
                """).param("plan", plan.value()).param("id", evidence).query((row, n) -> {
                    var key = seal.key(evidence, row.getBytes("data_key"));
                    return new EvidenceDownload(
                            java.util.Objects.requireNonNull(key.open("file-name", row.getBytes("file_name"))),
                            row.getString("content_type"), key.openBytes("content", row.getBytes("content")));
                }).optional();
    }
}
