package org.custodes.governance.assembly;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.custodes.governance.AssemblyId;
import org.custodes.shared.OrganisationId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** General Assemblies with their agenda; saving one publishes its pending events in the same transaction. */
@Repository
public class Assemblies {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Assemblies(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public Optional<Assembly> find(AssemblyId id) {
        var agenda = jdbc.sql("select * from governance.agenda_item where assembly_id = :id order by position")
                .param("id", id.value()).query((row, n) -> new AgendaItem(row.getInt("position"), row.getString("title"),
                        row.getString("document_link"), row.getString("motion"),
                        organisation(row.getObject("mover_id", UUID.class)),
                        organisation(row.getObject("seconder_id", UUID.class)))).list();
        return jdbc.sql("select * from governance.assembly where id = :id").param("id", id.value())
                .query((row, n) -> assembly(row, agenda)).optional();
    }

    /** Every assembly, the latest first, without its agenda. */
    public List<Assembly> all() {
        return jdbc.sql("select * from governance.assembly order by plenary_at desc")
                .query((row, n) -> assembly(row, List.of())).list();
    }

    /** The assembly that follows one, if any has been convened. */
    public Optional<AssemblyId> next(Instant after) {
        return jdbc.sql("select id from governance.assembly where plenary_at > :after order by plenary_at limit 1")
                .param("after", Timestamp.from(after))
                .query((row, n) -> new AssemblyId(row.getObject(1, UUID.class))).optional();
    }

    List<AssemblyId> awaitingNotice() {
        return jdbc.sql("select id from governance.assembly where notice_sent_at is null")
                .query((row, n) -> new AssemblyId(row.getObject(1, UUID.class))).list();
    }

    public void insert(Assembly assembly) {
        jdbc.sql("""
                insert into governance.assembly (id, kind, title, pillar_meetings_at, plenary_at, place, online_link,
                    notice_sent_at, version)
                values (:id, :kind, :title, :pillars, :plenary, :place, :link, :notice, :version)
                """).param("notice", assembly.noticeSentAt() == null ? null : Timestamp.from(assembly.noticeSentAt()))
                .param("version", assembly.version() + 1).param("id", assembly.id().value()).param("kind", assembly.kind().name())
                .param("title", assembly.title()).param("pillars", Timestamp.from(assembly.pillarMeetingsAt()))
                .param("plenary", Timestamp.from(assembly.plenaryAt())).param("place", assembly.place())
                .param("link", assembly.onlineLink()).update();
        for (var item : assembly.agenda()) {
            jdbc.sql("""
                    insert into governance.agenda_item (assembly_id, position, title, document_link, motion, mover_id,
                        seconder_id)
                    values (:assembly, :position, :title, :document, :motion, :mover, :seconder)
                    """).param("assembly", assembly.id().value()).param("position", item.position())
                    .param("title", item.title()).param("document", item.documentLink()).param("motion", item.motion())
                    .param("mover", item.mover() == null ? null : item.mover().value())
                    .param("seconder", item.seconder() == null ? null : item.seconder().value()).update();
        }
        assembly.pendingEvents().forEach(events::publishEvent);
        assembly.saved();
    }

    public void save(Assembly assembly) {
        var rows = jdbc.sql("""
                update governance.assembly set notice_sent_at = :notice, minutes = :minutes,
                    minutes_approved_at = :approvedAt, version = version + 1
                where id = :id and version = :version
                """)
                .param("notice", assembly.noticeSentAt() == null ? null : Timestamp.from(assembly.noticeSentAt()))
                .param("minutes", assembly.minutes())
                .param("approvedAt", assembly.minutesApprovedAt() == null ? null : assembly.minutesApprovedAt().value())
                .param("id", assembly.id().value()).param("version", assembly.version()).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("assembly " + assembly.id() + " was changed by someone else");
        }
        assembly.pendingEvents().forEach(events::publishEvent);
        assembly.saved();
    }

    private static OrganisationId organisation(UUID id) {
        return id == null ? null : new OrganisationId(id);
    }

    private static Assembly assembly(ResultSet row, List<AgendaItem> agenda) throws SQLException {
        var notice = row.getTimestamp("notice_sent_at");
        var approvedAt = row.getObject("minutes_approved_at", UUID.class);
        return new Assembly(row.getObject("id", UUID.class), AssemblyKind.valueOf(row.getString("kind")),
                row.getString("title"), row.getTimestamp("pillar_meetings_at").toInstant(),
                row.getTimestamp("plenary_at").toInstant(), row.getString("place"), row.getString("online_link"),
                agenda, notice == null ? null : notice.toInstant(), row.getString("minutes"),
                approvedAt == null ? null : new AssemblyId(approvedAt), row.getLong("version"));
    }
}
