package org.custodes.monitoring.observation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.custodes.monitoring.ConcernId;
import org.custodes.monitoring.ObservationId;
import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Observations, their text, source and internal note sealed with each one's data key; saving publishes the pending
 * events in the same transaction. Lists never read a sealed column. Also the idempotency keys of API submissions,
 * kept as hashes only.
 */
@Repository
public class Observations {

    private static final String SUMMARY_COLUMNS = """
            id, reference, source_type, company_description, observed_on, country, category, status, recorded_at
            """;

    private final JdbcClient jdbc;
    private final ObservationSeal seal;
    private final ApplicationEventPublisher events;

    Observations(JdbcClient jdbc, ObservationSeal seal, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.seal = seal;
        this.events = events;
    }

    public Optional<Observation> find(ObservationId id) {
        return jdbc.sql("select * from monitoring.observation where id = :id").param("id", id.value())
                .query((row, n) -> observation(row)).optional();
    }

    public Optional<Observation> findByReference(String reference) {
        return jdbc.sql("select * from monitoring.observation where reference = :reference")
                .param("reference", reference.strip()).query((row, n) -> observation(row)).optional();
    }

    /** Every observation, those awaiting triage first, then the latest. */
    public List<ObservationSummary> all(int limit) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + """
                from monitoring.observation order by status = 'NEW' desc, recorded_at desc limit :limit
                """).param("limit", limit).query((row, n) -> summary(row)).list();
    }

    public List<ObservationSummary> filedBy(OrganisationId reporter, int limit) {
        return jdbc.sql("select " + SUMMARY_COLUMNS + """
                from monitoring.observation where reporter_organisation = :reporter
                order by recorded_at desc limit :limit
                """).param("reporter", reporter.value()).param("limit", limit).query((row, n) -> summary(row)).list();
    }

    public List<String> linkedTo(ConcernId concern) {
        return jdbc.sql("select reference from monitoring.observation where concern_id = :concern order by reference")
                .param("concern", concern.value()).query(String.class).list();
    }

    /** The next reference of the year: OB-2026-0001, OB-2026-0002, … */
    public String nextReference(int year) {
        var prefix = "OB-" + year + "-";
        var taken = jdbc.sql("select count(*) from monitoring.observation where reference like :prefix")
                .param("prefix", prefix + "%").query(Long.class).single();
        return prefix + "%04d".formatted(taken + 1);
    }

    public void insert(Observation observation) {
        var id = observation.id().value();
        var key = seal.newKey(id);
        var c = observation.content();
        jdbc.sql("""
                insert into monitoring.observation (id, reference, reporter_organisation, reporter_user, source_type,
                    company_id, company_description, observed_on, country, region, site, category, code_paragraphs,
                    people_affected, reliability, credibility, source_may_be_named, media_link, media_language,
                    wrapped_key, sealed_text, sealed_source, status, recorded_at, version)
                values (:id, :reference, :reporter, :user, :source, :company, :description, :observedOn, :country,
                    :region, :site, :category, :paragraphs, :people, :reliability, :credibility, :named, :link,
                    :language, :key, :text, :sourceIdentity, :status, :recordedAt, :version)
                """).param("version", observation.version() + 1)
                .param("id", id).param("reference", observation.reference())
                .param("reporter", observation.reporter().value()).param("user", observation.reporterUser())
                .param("source", c.sourceType().name()).param("company", c.company() == null ? null : c.company().value())
                .param("description", c.companyDescription()).param("observedOn", java.sql.Date.valueOf(c.observedOn()))
                .param("country", c.country().value()).param("region", c.region()).param("site", c.site())
                .param("category", c.category().name())
                .param("paragraphs", c.codeParagraphs().stream().sorted().toArray(Integer[]::new))
                .param("people", c.peopleAffected()).param("reliability", c.reliability().name())
                .param("credibility", c.credibility().name()).param("named", c.sourceMayBeNamed())
                .param("link", c.mediaLink()).param("language", c.mediaLanguage()).param("key", key.wrapped())
                .param("text", key.seal("text", c.whatHappened()))
                .param("sourceIdentity", key.seal("source", c.sourceIdentity()))
                .param("status", observation.status().name()).param("recordedAt", Timestamp.from(observation.recordedAt()))
                .update();
        publish(observation);
    }

    public void saveTriage(Observation observation) {
        var id = observation.id().value();
        var key = seal.key(id, wrappedKey(id));
        var rows = jdbc.sql("""
                update monitoring.observation set status = :status, duplicate_of = :duplicateOf, concern_id = :concern,
                    no_action_reason = :reason, sealed_note = :note, triaged_at = :triagedAt, version = version + 1
                where id = :id and version = :version
                """).param("status", observation.status().name())
                .param("duplicateOf", observation.duplicateOf() == null ? null : observation.duplicateOf().value())
                .param("concern", observation.concern() == null ? null : observation.concern().value())
                .param("reason", observation.noActionReason())
                .param("note", key.seal("note", observation.internalNote()))
                .param("triagedAt", observation.triagedAt() == null ? null : Timestamp.from(observation.triagedAt()))
                .param("id", id).param("version", observation.version()).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("observation " + id + " was changed by someone else");
        }
        publish(observation);
    }

    public @Nullable String referenceOf(@Nullable ObservationId id) {
        return id == null ? null : jdbc.sql("select reference from monitoring.observation where id = :id")
                .param("id", id.value()).query(String.class).optional().orElse(null);
    }

    // Idempotency of API submissions

    /** A transaction-scoped lock on the key: false when another request holds it, that is, is in flight. */
    public boolean tryLock(byte[] keyHash) {
        var lockId = java.nio.ByteBuffer.wrap(keyHash, 0, Long.BYTES).getLong();
        return Boolean.TRUE.equals(jdbc.sql("select pg_try_advisory_xact_lock(:id)").param("id", lockId)
                .query(Boolean.class).single());
    }

    public record Replay(byte[] fingerprint, ObservationId observation, String reference) {
    }

    public Optional<Replay> replay(byte[] keyHash) {
        return jdbc.sql("""
                select i.fingerprint, o.id, o.reference from monitoring.idempotency i
                join monitoring.observation o on o.id = i.observation where i.key_hash = :hash
                """).param("hash", keyHash).query((row, n) -> new Replay(row.getBytes(1),
                        new ObservationId(row.getObject(2, UUID.class)), row.getString(3))).optional();
    }

    public void remember(byte[] keyHash, byte[] fingerprint, ObservationId observation, Instant now) {
        jdbc.sql("""
                insert into monitoring.idempotency (key_hash, fingerprint, observation, created_at)
                values (:hash, :fingerprint, :observation, :now)
                """).param("hash", keyHash).param("fingerprint", fingerprint).param("observation", observation.value())
                .param("now", Timestamp.from(now)).update();
    }

    private byte[] wrappedKey(UUID id) {
        return jdbc.sql("select wrapped_key from monitoring.observation where id = :id").param("id", id)
                .query((row, n) -> row.getBytes(1)).single();
    }

    private void publish(Observation observation) {
        observation.pendingEvents().forEach(events::publishEvent);
        observation.saved();
    }

    private Observation observation(ResultSet row) throws SQLException {
        var id = row.getObject("id", UUID.class);
        var key = seal.key(id, row.getBytes("wrapped_key"));
        var company = row.getObject("company_id", UUID.class);
        var people = row.getObject("people_affected", Integer.class);
        var content = new RecordObservation(SourceType.valueOf(row.getString("source_type")),
                company == null ? null : new OrganisationId(company), row.getString("company_description"),
                row.getDate("observed_on").toLocalDate(), new CountryCode(row.getString("country")),
                row.getString("region"), row.getString("site"), key.open("text", row.getBytes("sealed_text")),
                ObservationCategory.valueOf(row.getString("category")), integers(row.getArray("code_paragraphs")),
                people, SourceReliability.valueOf(row.getString("reliability")),
                InformationCredibility.valueOf(row.getString("credibility")),
                key.open("source", row.getBytes("sealed_source")), row.getBoolean("source_may_be_named"),
                row.getString("media_link"), row.getString("media_language"));
        var duplicateOf = row.getObject("duplicate_of", UUID.class);
        var concern = row.getObject("concern_id", UUID.class);
        var triagedAt = row.getTimestamp("triaged_at");
        return new Observation(id, row.getString("reference"),
                new OrganisationId(row.getObject("reporter_organisation", UUID.class)),
                row.getObject("reporter_user", UUID.class), content, ObservationStatus.valueOf(row.getString("status")),
                duplicateOf == null ? null : new ObservationId(duplicateOf), concern == null ? null : new ConcernId(concern),
                row.getString("no_action_reason"), key.open("note", row.getBytes("sealed_note")),
                row.getTimestamp("recorded_at").toInstant(), triagedAt == null ? null : triagedAt.toInstant(),
                row.getLong("version"));
    }

    private static ObservationSummary summary(ResultSet row) throws SQLException {
        return new ObservationSummary(new ObservationId(row.getObject("id", UUID.class)), row.getString("reference"),
                SourceType.valueOf(row.getString("source_type")), row.getString("company_description"),
                row.getDate("observed_on").toLocalDate(), row.getString("country"),
                ObservationCategory.valueOf(row.getString("category")),
                ObservationStatus.valueOf(row.getString("status")), row.getTimestamp("recorded_at").toInstant());
    }

    public static Set<Integer> integers(@Nullable Array array) throws SQLException {
        return array == null ? Set.of() : Arrays.stream((Integer[]) array.getArray()).collect(Collectors.toSet());
    }

    /** Per company, in one query: observations new or linked to a concern, observed on or after the date. */
    public java.util.Map<OrganisationId, Integer> standingByCompany(java.time.LocalDate since) {
        return countsByCompany(jdbc.sql("""
                select company_id, count(*) from monitoring.observation
                where company_id is not null and status in ('NEW', 'LINKED') and observed_on >= :since
                group by company_id
                """).param("since", since));
    }

    public static java.util.Map<OrganisationId, Integer> countsByCompany(JdbcClient.StatementSpec statement) {
        var counts = new java.util.HashMap<OrganisationId, Integer>();
        statement.query(row -> {
            counts.put(new OrganisationId(row.getObject(1, java.util.UUID.class)), row.getInt(2));
        });
        return counts;
    }
}
