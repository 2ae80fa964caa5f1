package org.custodes.complaint.workflow;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.custodes.complaint.Channel;
import org.custodes.complaint.CompanyComplaintCounts;
import org.custodes.complaint.ComplainantRole;
import org.custodes.complaint.ComplaintCategory;
import org.custodes.complaint.ComplaintReference;
import org.custodes.complaint.ComplaintStatus;
import org.custodes.complaint.ComplaintType;
import org.custodes.complaint.ContactPreference;
import org.custodes.complaint.Outcome;
import org.custodes.complaint.ResolutionPath;
import org.custodes.shared.CountryCode;
import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.Rows;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The case table: workflow columns in clear, sealed content in bytea columns written by the service. */
@Repository
public class Cases {

    private final JdbcClient jdbc;

    private final ApplicationEventPublisher events;

    Cases(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** The events of the case's decisions go out with the write that records them, in its transaction. */
    private void publish(ComplaintCase c) {
        c.pendingEvents().forEach(events::publishEvent);
        c.clearEvents();
    }

    public void insert(ComplaintCase c, byte[] wrappedKey, byte[] receiptHash, byte[] narrative, byte @Nullable [] identity) {
        jdbc.sql("""
                insert into complaint.complaint_case (id, version, reference, channel, complainant_role,
                    contact_preference, language, category, country, company_id, received_on, status, due_on,
                    wrapped_key, receipt_hash, narrative, identity)
                values (:id, 0, :reference, :channel, :role, :contact, :language, :category, :country, :company,
                    :receivedOn, :status, :dueOn, :wrappedKey, :receiptHash, :narrative, :identity)
                """)
                .param("id", c.id()).param("reference", c.reference().value()).param("channel", c.channel().name())
                .param("role", c.complainantRole().name()).param("contact", c.contact().name())
                .param("language", c.language().code()).param("category", c.category().name())
                .param("country", c.country() == null ? null : c.country().value())
                .param("company", c.company() == null ? null : c.company().value())
                .param("receivedOn", Date.valueOf(c.receivedOn())).param("status", c.status().name())
                .param("dueOn", c.dueOn() == null ? null : Date.valueOf(c.dueOn()))
                .param("wrappedKey", wrappedKey).param("receiptHash", receiptHash).param("narrative", narrative)
                .param("identity", identity)
                .update();
        publish(c);
    }

    /** Saves the workflow state; a concurrent change to the same case makes this fail rather than be lost. */
    public void update(ComplaintCase c, LocalDate today) {
        var updated = jdbc.sql("""
                update complaint.complaint_case set version = version + 1, status = :status, due_on = :dueOn,
                    complaint_type = :type, against_member = :againstMember, alleges_violation = :alleges,
                    resolution_path = :path, excerpt_shared = :shared, company_responded = :responded,
                    outcome = :outcome, handler_id = :handler, retaliation_risk = :risk,
                    code_paragraphs = :paragraphs, closed_on = :closedOn
                where id = :id and version = :version
                """)
                .param("id", c.id()).param("version", c.version()).param("status", c.status().name())
                .param("dueOn", c.dueOn() == null ? null : Date.valueOf(c.dueOn()))
                .param("type", c.type() == null ? null : c.type().name())
                .param("againstMember", c.againstMember()).param("alleges", c.allegesViolation())
                .param("path", c.path() == null ? null : c.path().name())
                .param("shared", c.excerptShared()).param("responded", c.companyResponded())
                .param("outcome", c.outcome() == null ? null : c.outcome().name())
                .param("handler", c.handler()).param("risk", c.retaliationRisk())
                .param("paragraphs", c.codeParagraphs().stream().sorted().toArray(Integer[]::new))
                .param("closedOn", c.closedOn() == null ? null : Date.valueOf(c.closedOn()))
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Complaint case " + c.id() + " changed meanwhile");
        }
        c.versionSaved(c.version() + 1);
        for (var handler : c.conflictedHandlers()) {
            jdbc.sql("""
                    insert into complaint.case_conflict (case_id, handler_id, declared_on) values (:case, :handler, :on)
                    on conflict do nothing
                    """).param("case", c.id()).param("handler", handler).param("on", Date.valueOf(today))
                    .update();
        }
        publish(c);
    }

    public Optional<ComplaintCase> find(UUID id) {
        return jdbc.sql("select * from complaint.complaint_case where id = :id and purged_on is null")
                .param("id", id).query(this::toCase).optional();
    }

    public Optional<UUID> findByReceiptHash(byte[] hash) {
        return jdbc.sql("select id from complaint.complaint_case where receipt_hash = :hash and purged_on is null")
                .param("hash", hash).query(UUID.class).optional();
    }

    public Optional<UUID> findByReference(ComplaintReference reference) {
        return jdbc.sql("select id from complaint.complaint_case where reference = :ref and purged_on is null")
                .param("ref", reference.value()).query(UUID.class).optional();
    }

    public byte[] wrappedKey(UUID id) {
        return jdbc.sql("select wrapped_key from complaint.complaint_case where id = :id and wrapped_key is not null")
                .param("id", id).query(byte[].class).optional().orElseThrow(() -> new org.custodes.shared.NotFound("complaint", id));
    }

    public byte @Nullable [] sealedColumn(UUID id, Sealed column) {
        return jdbc.sql("select " + column.column + " from complaint.complaint_case where id = :id")
                .param("id", id).query((row, n) -> row.getBytes(1)).optional().orElse(null);
    }

    public void writeSealedColumn(UUID id, Sealed column, byte @Nullable [] value) {
        jdbc.sql("update complaint.complaint_case set " + column.column + " = :value where id = :id")
                .param("id", id).param("value", value).update();
    }

    /** Per company, in one query: cases not closed (nor refused as not admissible), and cases received since. */
    public java.util.Map<OrganisationId, CompanyComplaintCounts> countsByCompany(LocalDate since) {
        var counts = new java.util.HashMap<OrganisationId, CompanyComplaintCounts>();
        jdbc.sql("""
                select company_id,
                       count(*) filter (where status not in ('CLOSED', 'NOT_ADMISSIBLE', 'OUTCOME_RECORDED')),
                       count(*) filter (where received_on >= :since)
                from complaint.complaint_case where company_id is not null group by company_id
                """).param("since", since)
                .query(row -> {
                    counts.put(new OrganisationId(row.getObject(1, java.util.UUID.class)),
                            new CompanyComplaintCounts(row.getInt(2), row.getInt(3)));
                });
        return counts;
    }

    public List<ComplaintCase> openCases(int limit, int offset) {
        return jdbc.sql("""
                select * from complaint.complaint_case where purged_on is null
                order by (status = 'CLOSED'), due_on nulls last, received_on limit :limit offset :offset
                """).param("limit", limit).param("offset", offset).query(this::toCase).list();
    }

    public long countCases() {
        return jdbc.sql("select count(*) from complaint.complaint_case where purged_on is null").query(Long.class).single();
    }

    public List<ComplaintCase> sharedWith(OrganisationId company) {
        return jdbc.sql("""
                select * from complaint.complaint_case
                where company_id = :company and excerpt_shared and status <> 'CLOSED' and purged_on is null
                order by received_on desc
                """).param("company", company.value()).query(this::toCase).list();
    }

    public List<UUID> closedBefore(LocalDate cutOff) {
        return jdbc.sql("""
                select id from complaint.complaint_case
                where status = 'CLOSED' and closed_on < :cutOff and purged_on is null
                """).param("cutOff", Date.valueOf(cutOff)).query(UUID.class).list();
    }

    /** Crypto-shredding: the wrapped key and every sealed column go; the anonymous statistics columns stay. */
    public void purge(UUID id, LocalDate today) {
        jdbc.sql("delete from complaint.attachment where case_id = :id").param("id", id).update();
        jdbc.sql("delete from complaint.case_message where case_id = :id").param("id", id).update();
        jdbc.sql("delete from complaint.case_note where case_id = :id").param("id", id).update();
        jdbc.sql("delete from complaint.identity_request where case_id = :id").param("id", id).update();
        jdbc.sql("delete from complaint.case_conflict where case_id = :id").param("id", id).update();
        jdbc.sql("""
                update complaint.complaint_case set purged_on = :today, wrapped_key = null, receipt_hash = null,
                    narrative = null, identity = null, company_excerpt = null, company_response = null,
                    admissibility_note = null, handler_id = null, company_id = null, version = version + 1
                where id = :id
                """).param("id", id).param("today", Date.valueOf(today)).update();
    }

    /** The sealed columns of a case: where each is stored, and the name bound into its encryption. */
    public enum Sealed {
        NARRATIVE("narrative", "narrative"), IDENTITY("identity", "identity"),
        COMPANY_EXCERPT("company_excerpt", "company-excerpt"), COMPANY_RESPONSE("company_response", "company-response"),
        ADMISSIBILITY_NOTE("admissibility_note", "admissibility-note");

        final String column;
        private final String field;

        Sealed(String column, String field) {
            this.column = column;
            this.field = field;
        }

        /** The associated data of the column's encryption: a value sealed for one column never opens as another. */
        public String field() {
            return field;
        }
    }

    private ComplaintCase toCase(ResultSet row, int number) throws SQLException {
        var id = row.getObject("id", UUID.class);
        var conflicts = new HashSet<>(jdbc.sql("select handler_id from complaint.case_conflict where case_id = :id")
                .param("id", id).query(UUID.class).list());
        return new ComplaintCase(id, row.getLong("version"), new ComplaintReference(row.getString("reference")),
                Channel.valueOf(row.getString("channel")), ComplainantRole.valueOf(row.getString("complainant_role")),
                ContactPreference.valueOf(row.getString("contact_preference")),
                Language.fromCode(row.getString("language")).orElse(Language.EN),
                ComplaintCategory.valueOf(row.getString("category")),
                row.getString("country") == null ? null : new CountryCode(row.getString("country")),
                row.getObject("company_id") == null ? null : new OrganisationId(row.getObject("company_id", UUID.class)),
                row.getDate("received_on").toLocalDate(), ComplaintStatus.valueOf(row.getString("status")),
                Rows.date(row, "due_on"), Rows.enumOrNull(ComplaintType.class, row.getString("complaint_type")),
                (Boolean) row.getObject("against_member"), (Boolean) row.getObject("alleges_violation"),
                Rows.enumOrNull(ResolutionPath.class, row.getString("resolution_path")), row.getBoolean("excerpt_shared"),
                row.getBoolean("company_responded"), Rows.enumOrNull(Outcome.class, row.getString("outcome")),
                row.getObject("handler_id", UUID.class), row.getBoolean("retaliation_risk"),
                integers(row.getArray("code_paragraphs")), conflicts, Rows.date(row, "closed_on"));
    }

    private static Set<Integer> integers(@Nullable Array array) throws SQLException {
        return array == null ? Set.of() : Arrays.stream((Integer[]) array.getArray()).collect(Collectors.toSet());
    }
}
