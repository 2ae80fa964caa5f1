package org.custodes.monitoring.concern;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.custodes.monitoring.ConcernCategory;
import org.custodes.monitoring.ConcernId;
import org.custodes.monitoring.observation.Observations;
import org.custodes.shared.OrganisationId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Concerns with their dialogue; saving one adds its new messages and publishes its events in the same transaction. */
@Repository
public class Concerns {

    /** A concern's identity and state, for lists: the company's name is added by the facade. */
    public record Row(ConcernId id, String reference, OrganisationId company, ConcernCategory category, ConcernStage stage,
            java.time.LocalDate openedOn) {
    }

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    Concerns(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public Optional<Concern> find(ConcernId id) {
        var messages = jdbc.sql("select * from monitoring.concern_message where concern_id = :id order by posted_at, id")
                .param("id", id.value()).query((row, n) -> message(row)).list();
        return jdbc.sql("select * from monitoring.concern where id = :id").param("id", id.value())
                .query((row, n) -> concern(row, messages)).optional();
    }

    public Optional<ConcernId> idOf(String reference) {
        return jdbc.sql("select id from monitoring.concern where reference = :reference")
                .param("reference", reference.strip())
                .query((row, n) -> new ConcernId(row.getObject(1, UUID.class))).optional();
    }

    /** Every concern, open ones first along the path, then the closed ones, the latest first. */
    public List<Row> all() {
        return jdbc.sql("""
                select id, reference, company_id, category, stage, opened_on from monitoring.concern
                order by case stage when 'IDENTIFIED' then 1 when 'DIALOGUE' then 2 when 'RECOMMENDATIONS' then 3
                    else 4 end, opened_on desc, reference
                """).query((row, n) -> row(row)).list();
    }

    public List<Row> of(OrganisationId company) {
        return jdbc.sql("""
                select id, reference, company_id, category, stage, opened_on from monitoring.concern
                where company_id = :company order by opened_on desc, reference
                """).param("company", company.value()).query((row, n) -> row(row)).list();
    }

    /** The next reference of the year: MC-2026-001, MC-2026-002, … */
    public String nextReference(int year) {
        var prefix = "MC-" + year + "-";
        var taken = jdbc.sql("select count(*) from monitoring.concern where reference like :prefix")
                .param("prefix", prefix + "%").query(Long.class).single();
        return prefix + "%03d".formatted(taken + 1);
    }

    public void insert(Concern concern) {
        jdbc.sql("""
                insert into monitoring.concern (id, reference, company_id, category, origin, origin_reference, summary,
                    code_paragraphs, stage, opened_on, opened_by, version)
                values (:id, :reference, :company, :category, :origin, :originReference, :summary, :paragraphs,
                    :stage, :openedOn, :openedBy, :version)
                """).param("version", concern.version() + 1).param("id", concern.id().value()).param("reference", concern.reference())
                .param("company", concern.company().value()).param("category", concern.category().name())
                .param("origin", concern.origin().name()).param("originReference", concern.originReference())
                .param("summary", concern.summary())
                .param("paragraphs", concern.codeParagraphs().stream().sorted().toArray(Integer[]::new))
                .param("stage", concern.stage().name()).param("openedOn", java.sql.Date.valueOf(concern.openedOn()))
                .param("openedBy", concern.openedBy()).update();
        saveMessagesAndPublish(concern);
    }

    public void save(Concern concern) {
        var rows = jdbc.sql("""
                update monitoring.concern set stage = :stage, recommendations = :recommendations,
                    closing_reason = :reason, closed_on = :closedOn, version = version + 1
                where id = :id and version = :version
                """).param("stage", concern.stage().name()).param("recommendations", concern.recommendations())
                .param("reason", concern.closingReason())
                .param("closedOn", concern.closedOn() == null ? null : java.sql.Date.valueOf(concern.closedOn()))
                .param("id", concern.id().value()).param("version", concern.version()).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("concern " + concern.id() + " was changed by someone else");
        }
        saveMessagesAndPublish(concern);
    }

    private void saveMessagesAndPublish(Concern concern) {
        for (var message : concern.unsavedMessages()) {
            jdbc.sql("""
                    insert into monitoring.concern_message (id, concern_id, from_side, author, text, shared, posted_at)
                    values (:id, :concern, :side, :author, :text, :shared, :at)
                    """).param("id", message.id()).param("concern", concern.id().value())
                    .param("side", message.side().name()).param("author", message.author())
                    .param("text", message.text()).param("shared", message.shared())
                    .param("at", Timestamp.from(message.postedAt())).update();
        }
        concern.pendingEvents().forEach(events::publishEvent);
        concern.messagesSaved();
        concern.saved();
    }

    private static Row row(ResultSet row) throws SQLException {
        return new Row(new ConcernId(row.getObject("id", UUID.class)), row.getString("reference"),
                new OrganisationId(row.getObject("company_id", UUID.class)),
                ConcernCategory.valueOf(row.getString("category")), ConcernStage.valueOf(row.getString("stage")),
                row.getDate("opened_on").toLocalDate());
    }

    private static ConcernMessage message(ResultSet row) throws SQLException {
        return new ConcernMessage(row.getObject("id", UUID.class), MessageSide.valueOf(row.getString("from_side")),
                row.getObject("author", UUID.class), row.getString("text"), row.getBoolean("shared"),
                row.getTimestamp("posted_at").toInstant());
    }

    private static Concern concern(ResultSet row, List<ConcernMessage> messages) throws SQLException {
        var closed = row.getDate("closed_on");
        return new Concern(row.getObject("id", UUID.class), row.getString("reference"),
                new OrganisationId(row.getObject("company_id", UUID.class)),
                ConcernCategory.valueOf(row.getString("category")), ConcernOrigin.valueOf(row.getString("origin")),
                row.getString("origin_reference"), row.getString("summary"),
                Observations.integers(row.getArray("code_paragraphs")), ConcernStage.valueOf(row.getString("stage")),
                row.getString("recommendations"), row.getString("closing_reason"),
                row.getDate("opened_on").toLocalDate(), closed == null ? null : closed.toLocalDate(),
                row.getObject("opened_by", UUID.class), messages, row.getLong("version"));
    }

    /** Per company, in one query: concerns neither resolved nor referred to the Board. */
    public java.util.Map<OrganisationId, Integer> openByCompany() {
        return Observations.countsByCompany(jdbc.sql("""
                select company_id, count(*) from monitoring.concern
                where stage not in ('RESOLVED', 'REFERRED_TO_BOARD') group by company_id
                """));
    }
}
