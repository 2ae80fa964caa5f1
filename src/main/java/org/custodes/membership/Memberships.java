package org.custodes.membership;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.custodes.membership.sanction.RightOfReply;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.Rows;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Memberships and their history, read and written with plain SQL; the version column guards concurrent changes. */
@Repository
public class Memberships {

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    Memberships(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public Optional<Membership> find(OrganisationId organisation) {
        var history = jdbc.sql("""
                select * from membership.status_change where organisation_id = :id order by sequence
                """).param("id", organisation.value()).query(Memberships::change).list();
        return jdbc.sql("select * from membership.membership where organisation_id = :id")
                .param("id", organisation.value())
                .query((row, n) -> membership(row, history))
                .optional();
    }

    /** Organisations in these statuses, for lists and jobs. */
    List<OrganisationId> withStatus(MembershipStatus status) {
        return jdbc.sql("select organisation_id from membership.membership where status = :status")
                .param("status", status.name())
                .query((row, n) -> new OrganisationId(row.getObject(1, UUID.class))).list();
    }

    /** A membership as a list shows it: its own row without its history, so that a whole list is one query. */
    public record Line(OrganisationId organisation, MembershipPillar pillar, MembershipStatus status,
            @Nullable LocalDate joinedOn, @Nullable LocalDate certificationDeadline, @Nullable LocalDate deadlinePassedOn,
            @Nullable TerminationGround proposedTerminationGround) {

        static Line of(Membership membership) {
            var proposal = membership.terminationProposal();
            return new Line(membership.organisation(), membership.pillar(), membership.status(), membership.joinedOn(),
                    membership.certificationDeadline(), membership.deadlinePassedOn(),
                    proposal == null ? null : proposal.ground());
        }
    }

    private static final String LINE = """
            select organisation_id, pillar, status, joined_on, certification_deadline, deadline_passed_on,
                   termination_ground
            from membership.membership
            """;

    public long count(@Nullable MembershipStatus status) {
        return jdbc.sql("""
                select count(*) from membership.membership where (cast(:status as text) is null or status = :status)
                """).param("status", status == null ? null : status.name()).query(Long.class).single();
    }

    public List<Line> lines(@Nullable MembershipStatus status, int limit, long offset) {
        return jdbc.sql(LINE + """
                where (cast(:status as text) is null or status = :status)
                order by status, organisation_id limit :size offset :offset
                """).param("status", status == null ? null : status.name()).param("size", limit)
                .param("offset", offset).query(Memberships::line).list();
    }

    /** Member companies whose certification deadline passed, the longest overdue first. */
    public List<Line> deadlinePassed() {
        return jdbc.sql(LINE + """
                where status = 'MEMBER' and deadline_passed_on is not null order by certification_deadline
                """).query(Memberships::line).list();
    }

    /** Every member and affiliate company with its standing and latest self-assessment, in one query. */
    public List<MemberStanding> standings() {
        return jdbc.sql("""
                select m.organisation_id, m.status, m.certification_deadline, m.deadline_passed_on,
                       s.year, s.satisfactory, s.accepted_on
                from membership.membership m
                left join membership.self_assessment_result s on s.organisation_id = m.organisation_id
                where m.status in ('MEMBER', 'CERTIFIED_MEMBER', 'AFFILIATE', 'SUSPENDED') and m.pillar = 'COMPANY'
                """).query((row, n) -> new MemberStanding(new OrganisationId(row.getObject(1, UUID.class)),
                        MembershipStatus.valueOf(row.getString(2)), row.getObject(3, LocalDate.class),
                        row.getObject(4, LocalDate.class),
                        row.getObject(5) == null ? null : new LatestSelfAssessment(row.getInt(5), row.getBoolean(6),
                                row.getObject(7, LocalDate.class))))
                .list();
    }

    private static Line line(ResultSet row, int number) throws SQLException {
        return new Line(new OrganisationId(row.getObject("organisation_id", UUID.class)),
                MembershipPillar.valueOf(row.getString("pillar")), MembershipStatus.valueOf(row.getString("status")),
                Rows.date(row, "joined_on"), Rows.date(row, "certification_deadline"),
                Rows.date(row, "deadline_passed_on"),
                Rows.enumOrNull(TerminationGround.class, row.getString("termination_ground")));
    }

    public List<OrganisationId> membersWithDeadlineBefore(LocalDate today) {
        return jdbc.sql("""
                select organisation_id from membership.membership
                where status = 'MEMBER' and certification_deadline < :today and deadline_passed_on is null
                """).param("today", Date.valueOf(today))
                .query((row, n) -> new OrganisationId(row.getObject(1, UUID.class))).list();
    }

    /**
     * Writes the membership and its new history lines under a version check, then publishes the events its
     * transitions registered, in the caller's transaction: a status change and its event commit or roll back together.
     */
    public void save(Membership membership, Instant now) {
        var proposal = membership.terminationProposal();
        var reply = proposal == null ? null : proposal.rightOfReply();
        var statement = membership.isNew() ? """
                insert into membership.membership (organisation_id, version, pillar, status, joined_on,
                    certification_deadline, status_before_suspension, deadline_passed_on, termination_ground,
                    termination_proposed_on, termination_reply_deadline, termination_reply, termination_replied_on)
                values (:id, 0, :pillar, :status, :joined, :deadline, :before, :passed, :ground, :proposed,
                    :replyDeadline, :reply, :replied)
                """ : """
                update membership.membership set version = version + 1, status = :status, joined_on = :joined,
                    certification_deadline = :deadline, status_before_suspension = :before,
                    deadline_passed_on = :passed, termination_ground = :ground, termination_proposed_on = :proposed,
                    termination_reply_deadline = :replyDeadline, termination_reply = :reply,
                    termination_replied_on = :replied
                where organisation_id = :id and version = :version
                """;
        var rows = jdbc.sql(statement)
                .param("id", membership.organisation().value())
                .param("version", membership.version())
                .param("pillar", membership.pillar().name())
                .param("status", membership.status().name())
                .param("joined", Rows.sqlDate(membership.joinedOn()))
                .param("deadline", Rows.sqlDate(membership.certificationDeadline()))
                .param("before", name(membership.statusBeforeSuspension()))
                .param("passed", Rows.sqlDate(membership.deadlinePassedOn()))
                .param("ground", proposal == null ? null : proposal.ground().name())
                .param("proposed", reply == null ? null : Rows.sqlDate(reply.requestedOn()))
                .param("replyDeadline", reply == null ? null : Rows.sqlDate(reply.deadline()))
                .param("reply", reply == null ? null : reply.reply())
                .param("replied", reply == null ? null : Rows.sqlDate(reply.repliedOn()))
                .update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("membership " + membership.organisation() + " changed meanwhile");
        }
        var sequence = membership.firstUnsavedSequence();
        for (var change : membership.unsaved()) {
            jdbc.sql("""
                    insert into membership.status_change (organisation_id, sequence, from_status, to_status, effective_on,
                        decided_by, reason, decision_reference, termination_ground, recorded_at)
                    values (:id, :sequence, :from, :to, :effective, :by, :reason, :reference, :ground, :now)
                    """)
                    .param("id", membership.organisation().value())
                    .param("sequence", sequence++)
                    .param("from", name(change.from()))
                    .param("to", change.to().name())
                    .param("effective", Date.valueOf(change.effectiveOn()))
                    .param("by", change.decidedBy() == null ? null : change.decidedBy().value())
                    .param("reason", change.reason())
                    .param("reference", change.decisionReference())
                    .param("ground", name(change.terminationGround()))
                    .param("now", Timestamp.from(now))
                    .update();
        }
        membership.pendingEvents().forEach(events::publishEvent);
        membership.saved();
    }

    private static Membership membership(ResultSet row, List<StatusChange> history) throws SQLException {
        var ground = row.getString("termination_ground");
        Membership.TerminationProposal proposal = ground == null ? null : new Membership.TerminationProposal(
                TerminationGround.valueOf(ground), new RightOfReply(Rows.date(row, "termination_proposed_on"),
                        Rows.date(row, "termination_reply_deadline"), Rows.date(row, "termination_replied_on"),
                        row.getString("termination_reply")));
        return new Membership(new OrganisationId(row.getObject("organisation_id", UUID.class)),
                MembershipPillar.valueOf(row.getString("pillar")), row.getLong("version"),
                MembershipStatus.valueOf(row.getString("status")), Rows.date(row, "joined_on"),
                Rows.date(row, "certification_deadline"), status(row.getString("status_before_suspension")),
                Rows.date(row, "deadline_passed_on"), proposal, history);
    }

    private static StatusChange change(ResultSet row, int n) throws SQLException {
        var by = row.getObject("decided_by", UUID.class);
        var ground = row.getString("termination_ground");
        return new StatusChange(status(row.getString("from_status")), MembershipStatus.valueOf(row.getString("to_status")),
                Rows.date(row, "effective_on"), by == null ? null : new UserId(by), row.getString("reason"),
                row.getString("decision_reference"), ground == null ? null : TerminationGround.valueOf(ground));
    }

    private static @Nullable String name(@Nullable Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static @Nullable MembershipStatus status(@Nullable String value) {
        return value == null ? null : MembershipStatus.valueOf(value);
    }
}
