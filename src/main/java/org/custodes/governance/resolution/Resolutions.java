package org.custodes.governance.resolution;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.custodes.governance.ResolutionId;
import org.custodes.membership.MembershipPillar;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.custodes.shared.UserId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Resolutions with their directors' votes; saving one publishes its pending events in the same transaction. */
@Repository
public class Resolutions {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Resolutions(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public Optional<Resolution> find(ResolutionId id) {
        var directors = jdbc.sql("""
                select * from governance.resolution_director where resolution_id = :id
                order by case pillar when 'COMPANY' then 1 when 'CIVIL_SOCIETY' then 2 else 3 end, name
                """).param("id", id.value()).query((row, n) -> director(row)).list();
        return jdbc.sql("select * from governance.resolution where id = :id").param("id", id.value())
                .query((row, n) -> resolution(row, directors)).optional();
    }

    public List<ResolutionSummary> page(PageQuery page) {
        return jdbc.sql("""
                select id, reference, title, matter, matter_id, status, closes_at, decided_on from governance.resolution
                order by case status when 'OPEN' then 0 else 1 end, drafted_at desc limit :size offset :offset
                """).param("size", page.size()).param("offset", page.offset())
                .query((row, n) -> new ResolutionSummary(new ResolutionId(row.getObject("id", UUID.class)),
                        row.getString("reference"), row.getString("title"),
                        ResolutionMatter.valueOf(row.getString("matter")), row.getObject("matter_id", UUID.class),
                        ResolutionStatus.valueOf(row.getString("status")), row.getTimestamp("closes_at").toInstant(),
                        row.getDate("decided_on") == null ? null : row.getDate("decided_on").toLocalDate()))
                .list();
    }

    public long count() {
        return jdbc.sql("select count(*) from governance.resolution").query(Long.class).single();
    }

    List<ResolutionId> openClosingBefore(Instant now) {
        return jdbc.sql("select id from governance.resolution where status = 'OPEN' and closes_at <= :now")
                .param("now", Timestamp.from(now))
                .query((row, n) -> new ResolutionId(row.getObject(1, UUID.class))).list();
    }

    /** An open resolution on the same matter, so that one matter is never put to two votes at once. */
    public boolean openOn(UUID matterId) {
        return jdbc.sql("select count(*) from governance.resolution where status = 'OPEN' and matter_id = :matter")
                .param("matter", matterId).query(Long.class).single() > 0;
    }

    /** The next reference of the year: BR-2026-001, BR-2026-002, … */
    public String nextReference(int year) {
        var prefix = "BR-" + year + "-";
        var taken = jdbc.sql("select count(*) from governance.resolution where reference like :prefix")
                .param("prefix", prefix + "%").query(Long.class).single();
        return prefix + "%03d".formatted(taken + 1);
    }

    public void insert(Resolution resolution) {
        jdbc.sql("""
                insert into governance.resolution (id, reference, title, text, matter, matter_id, opens_at, closes_at,
                    quorum, majority, status, decided_on, drafted_by, drafted_at, version)
                values (:id, :reference, :title, :text, :matter, :matterId, :opensAt, :closesAt, :quorum, :majority,
                    :status, :decidedOn, :draftedBy, :draftedAt, :version)
                """)
                .param("id", resolution.id().value()).param("reference", resolution.reference())
                .param("title", resolution.title()).param("text", resolution.text())
                .param("matter", resolution.matter().name()).param("matterId", resolution.matterId())
                .param("opensAt", Timestamp.from(resolution.opensAt()))
                .param("closesAt", Timestamp.from(resolution.closesAt())).param("quorum", resolution.quorum())
                .param("majority", resolution.majority().name()).param("status", resolution.status().name())
                .param("decidedOn", resolution.decidedOn() == null ? null : java.sql.Date.valueOf(resolution.decidedOn()))
                .param("draftedBy", resolution.draftedBy() == null ? null : resolution.draftedBy().value())
                .param("draftedAt", Timestamp.from(resolution.draftedAt()))
                .param("version", resolution.version() + 1).update();
        for (var director : resolution.directors()) {
            jdbc.sql("""
                    insert into governance.resolution_director (resolution_id, user_id, name, organisation_id,
                        pillar, choice, recused, recusal_reason, voted_at)
                    values (:resolution, :user, :name, :organisation, :pillar, :choice, :recused, :reason, :at)
                    """)
                    .param("resolution", resolution.id().value()).param("user", director.director().value()).param("name", director.name())
                    .param("organisation", director.organisation().value()).param("pillar", director.pillar().name())
                    .param("choice", director.choice() == null ? null : director.choice().name())
                    .param("recused", director.recused()).param("reason", director.recusalReason())
                    .param("at", director.votedAt() == null ? null : Timestamp.from(director.votedAt())).update();
        }
        publish(resolution);
    }

    public void save(Resolution resolution) {
        var rows = jdbc.sql("""
                update governance.resolution set status = :status, decided_on = :decidedOn, version = version + 1
                where id = :id and version = :version
                """).param("status", resolution.status().name())
                .param("decidedOn", resolution.decidedOn() == null ? null : java.sql.Date.valueOf(resolution.decidedOn()))
                .param("id", resolution.id().value()).param("version", resolution.version()).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("resolution " + resolution.id() + " was changed by someone else");
        }
        for (var director : resolution.directors()) {
            jdbc.sql("""
                    update governance.resolution_director set choice = :choice, recused = :recused,
                        recusal_reason = :reason, voted_at = :at
                    where resolution_id = :resolution and user_id = :user
                    """)
                    .param("choice", director.choice() == null ? null : director.choice().name())
                    .param("recused", director.recused()).param("reason", director.recusalReason())
                    .param("at", director.votedAt() == null ? null : Timestamp.from(director.votedAt()))
                    .param("resolution", resolution.id().value()).param("user", director.director().value()).update();
        }
        publish(resolution);
    }

    private void publish(Resolution resolution) {
        resolution.pendingEvents().forEach(events::publishEvent);
        resolution.saved();
    }

    private static DirectorVote director(ResultSet row) throws SQLException {
        var choice = row.getString("choice");
        var at = row.getTimestamp("voted_at");
        return new DirectorVote(new UserId(row.getObject("user_id", UUID.class)), row.getString("name"),
                new OrganisationId(row.getObject("organisation_id", UUID.class)),
                MembershipPillar.valueOf(row.getString("pillar")), choice == null ? null : VoteChoice.valueOf(choice),
                row.getBoolean("recused"), row.getString("recusal_reason"), at == null ? null : at.toInstant());
    }

    private static Resolution resolution(ResultSet row, List<DirectorVote> directors) throws SQLException {
        var decided = row.getDate("decided_on");
        var by = row.getObject("drafted_by", UUID.class);
        return new Resolution(row.getObject("id", UUID.class), row.getString("reference"), row.getString("title"),
                row.getString("text"), ResolutionMatter.valueOf(row.getString("matter")),
                row.getObject("matter_id", UUID.class), row.getTimestamp("opens_at").toInstant(),
                row.getTimestamp("closes_at").toInstant(), row.getInt("quorum"),
                Majority.valueOf(row.getString("majority")), ResolutionStatus.valueOf(row.getString("status")),
                decided == null ? null : decided.toLocalDate(), by == null ? null : new UserId(by),
                row.getTimestamp("drafted_at").toInstant(), directors, row.getLong("version"));
    }
}
