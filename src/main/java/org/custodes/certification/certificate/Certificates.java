package org.custodes.certification.certificate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.custodes.certification.CertificateId;
import org.custodes.certification.CertificateStatus;
import org.custodes.certification.PublicCertificate;
import org.custodes.certification.StandardCode;
import org.custodes.certification.cycle.AuditType;
import org.custodes.certification.cycle.CertificateAudit;
import org.custodes.certification.cycle.Nonconformity;
import org.custodes.certification.cycle.NonconformityGrade;
import org.custodes.certification.cycle.RecordAudit;
import org.custodes.organisation.SecurityService;
import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** External certificates, their audits and their status history. */
@Repository
public class Certificates {

    private static final String SUMMARY = """
            select c.*, b.legal_name as body_name from certification.certificate c
            join certification.certification_body b on b.organisation_id = c.body_id
            """;

    private final JdbcClient jdbc;

    Certificates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UUID> findId(OrganisationId body, String number) {
        return jdbc.sql("select id from certification.certificate where body_id = :body and lower(certificate_number) = lower(:number)")
                .param("body", body.value()).param("number", number).query(UUID.class).optional();
    }

    public Optional<CertificateSummary> summary(UUID id) {
        return jdbc.sql(SUMMARY + " where c.id = :id").param("id", id).query(Certificates::summary).optional();
    }

    public Optional<CertificateDetails> details(UUID id) {
        return jdbc.sql(SUMMARY + " where c.id = :id").param("id", id).query((row, n) -> new CertificateDetails(
                summary(row, n), services(row), countries(row), row.getString("scope_sites"),
                row.getObject("original_issue_date", LocalDate.class), row.getString("conditions"),
                row.getObject("status_since", LocalDate.class), List.of()))
                .optional()
                .map(details -> new CertificateDetails(details.summary(), details.services(), details.countries(),
                        details.sites(), details.originalIssueDate(), details.conditions(), details.statusSince(),
                        audits(id)));
    }

    public List<CertificateAudit> audits(UUID certificate) {
        var audits = new LinkedHashMap<UUID, CertificateAudit>();
        jdbc.sql("select * from certification.audit_record where certificate_id = :id order by audit_date, audit_type")
                .param("id", certificate)
                .query((row, n) -> audits.put(row.getObject("id", UUID.class), new CertificateAudit(
                        AuditType.valueOf(row.getString("audit_type")), row.getObject("audit_date", LocalDate.class),
                        row.getString("outcome"), List.of())))
                .list();
        var result = new ArrayList<CertificateAudit>();
        for (var entry : audits.entrySet()) {
            var findings = jdbc.sql("select * from certification.nonconformity where audit_id = :id order by grade, description")
                    .param("id", entry.getKey())
                    .query((row, n) -> new Nonconformity(NonconformityGrade.valueOf(row.getString("grade")),
                            row.getString("description"), row.getString("corrective_action"),
                            row.getObject("closed_on", LocalDate.class)))
                    .list();
            var audit = entry.getValue();
            result.add(new CertificateAudit(audit.type(), audit.date(), audit.outcome(), findings));
        }
        return result;
    }

    void insert(UUID id, RecordCertificate command, OrganisationId body, @Nullable OrganisationId company,
            String companyName, LocalDate today, Instant now) {
        jdbc.sql("""
                insert into certification.certificate (id, version, certificate_number, standard_code, body_id, company_id,
                    company_name, scope_services, scope_countries, scope_sites, original_issue_date, current_issue_date,
                    expiry_date, conditions, status, status_since, created_at, updated_at)
                values (:id, 0, :number, :standard, :body, :company, :companyName, :services, :countries, :sites,
                    :originalIssue, :currentIssue, :expiry, :conditions, :status, :today, :now, :now)
                """)
                .params(values(command, company, companyName))
                .param("id", id).param("body", body.value()).param("today", today).param("now", Timestamp.from(now))
                .update();
        recordStatus(id, command.status(), today, now);
    }

    /** Updates what the body sent; the certificate's identity (body, number) and its company match stay as they are. */
    void update(UUID id, RecordCertificate command, @Nullable OrganisationId company, String companyName, Instant now) {
        jdbc.sql("""
                update certification.certificate set version = version + 1, certificate_number = :number,
                    standard_code = :standard, company_id = coalesce(company_id, :company), company_name = :companyName,
                    scope_services = :services, scope_countries = :countries, scope_sites = :sites,
                    original_issue_date = :originalIssue, current_issue_date = :currentIssue, expiry_date = :expiry,
                    conditions = :conditions, updated_at = :now
                where id = :id
                """)
                .params(values(command, company, companyName))
                .param("id", id).param("now", Timestamp.from(now))
                .update();
    }

    private static java.util.Map<String, Object> values(RecordCertificate command, @Nullable OrganisationId company,
            String companyName) {
        var values = new java.util.HashMap<String, Object>();
        values.put("number", command.certificateNumber());
        values.put("standard", command.standard().value());
        values.put("company", company == null ? null : company.value());
        values.put("companyName", companyName);
        values.put("services", command.services().stream().map(Enum::name).sorted().toArray(String[]::new));
        values.put("countries", command.countries().stream().map(CountryCode::value).sorted().toArray(String[]::new));
        values.put("sites", command.sites());
        values.put("originalIssue", command.effectiveOriginalIssueDate());
        values.put("currentIssue", command.currentIssueDate());
        values.put("expiry", command.effectiveExpiryDate());
        values.put("conditions", command.conditions());
        values.put("status", command.status().name());
        return values;
    }

    void changeStatus(UUID id, CertificateStatus status, LocalDate effectiveOn, Instant now) {
        jdbc.sql("update certification.certificate set status = :status, status_since = :since, version = version + 1, "
                        + "updated_at = :now where id = :id")
                .param("status", status.name()).param("since", effectiveOn).param("now", Timestamp.from(now))
                .param("id", id).update();
        recordStatus(id, status, effectiveOn, now);
    }

    private void recordStatus(UUID id, CertificateStatus status, LocalDate effectiveOn, Instant now) {
        jdbc.sql("insert into certification.certificate_status_history (certificate_id, status, effective_on, recorded_at) "
                        + "values (:id, :status, :on, :now)")
                .param("id", id).param("status", status.name()).param("on", effectiveOn).param("now", Timestamp.from(now))
                .update();
    }

    /** The status the certificate had on that date, from its history; empty before it was first recorded. */
    public Optional<CertificateStatus> statusOn(UUID id, LocalDate date) {
        return jdbc.sql("""
                select status from certification.certificate_status_history where certificate_id = :id and effective_on <= :on
                order by effective_on desc, recorded_at desc limit 1
                """).param("id", id).param("on", date).query(String.class).optional().map(CertificateStatus::valueOf);
    }

    void replaceAudit(UUID certificate, RecordAudit audit) {
        jdbc.sql("delete from certification.audit_record where certificate_id = :id and audit_type = :type")
                .param("id", certificate).param("type", audit.type().name()).update();
        var auditId = UUID.randomUUID();
        jdbc.sql("insert into certification.audit_record (id, certificate_id, audit_type, audit_date, outcome) "
                        + "values (:id, :certificate, :type, :date, :outcome)")
                .param("id", auditId).param("certificate", certificate).param("type", audit.type().name())
                .param("date", audit.date()).param("outcome", audit.outcome().strip()).update();
        for (var finding : audit.nonconformities()) {
            jdbc.sql("""
                    insert into certification.nonconformity (id, audit_id, grade, description, corrective_action, closed_on)
                    values (:id, :audit, :grade, :description, :action, :closed)
                    """)
                    .param("id", UUID.randomUUID()).param("audit", auditId).param("grade", finding.grade().name())
                    .param("description", finding.description().strip())
                    .param("action", finding.correctiveAction().strip()).param("closed", finding.closedOn())
                    .update();
        }
    }

    void match(UUID id, OrganisationId company, Instant now) {
        jdbc.sql("update certification.certificate set company_id = :company, version = version + 1, updated_at = :now "
                        + "where id = :id")
                .param("company", company.value()).param("now", Timestamp.from(now)).param("id", id).update();
    }

    public PageResult<CertificateSummary> page(PageQuery query, @Nullable OrganisationId body, boolean unmatchedOnly) {
        var where = new StringBuilder(" where true");
        if (body != null) {
            where.append(" and c.body_id = :body");
        }
        if (unmatchedOnly) {
            where.append(" and c.company_id is null");
        }
        var count = jdbc.sql("select count(*) from certification.certificate c" + where);
        var select = jdbc.sql(SUMMARY + where + " order by c.expiry_date, c.certificate_number limit :limit offset :offset");
        if (body != null) {
            count = count.param("body", body.value());
            select = select.param("body", body.value());
        }
        var total = count.query(Long.class).single();
        var items = select.param("limit", query.size()).param("offset", query.offset()).query(Certificates::summary).list();
        return PageResult.of(items, query, total);
    }

    public List<CertificateSummary> ofCompany(OrganisationId company) {
        return jdbc.sql(SUMMARY + " where c.company_id = :company order by c.current_issue_date desc")
                .param("company", company.value()).query(Certificates::summary).list();
    }

    /** Certificates the daily cycle still has to look at: not withdrawn, and not expired long ago. */
    public List<UUID> trackedOn(LocalDate today) {
        return jdbc.sql("""
                select id from certification.certificate
                where status in ('ACTIVE', 'SUSPENDED') or (status = 'EXPIRED' and expiry_date >= :since)
                order by id
                """).param("since", today.minusYears(1)).query(UUID.class).list();
    }

    public PublicCertificate toPublic(CertificateSummary summary, String standardName, CertificateStatus status, UUID id) {
        var details = details(id).orElseThrow();
        return new PublicCertificate(summary.id(), summary.number(), summary.standard(), standardName,
                summary.certificationBodyName(), java.util.Objects.requireNonNull(summary.company()), summary.companyName(),
                status, summary.currentIssueDate(), summary.expiryDate(), details.services(), details.countries(),
                details.sites());
    }

    private static CertificateSummary summary(ResultSet row, int number) throws SQLException {
        var company = row.getObject("company_id", UUID.class);
        return new CertificateSummary(new CertificateId(row.getObject("id", UUID.class)),
                row.getString("certificate_number"), new StandardCode(row.getString("standard_code")),
                new OrganisationId(row.getObject("body_id", UUID.class)), row.getString("body_name"),
                company == null ? null : new OrganisationId(company), row.getString("company_name"),
                row.getObject("current_issue_date", LocalDate.class), row.getObject("expiry_date", LocalDate.class),
                CertificateStatus.valueOf(row.getString("status")));
    }

    private static java.util.Set<SecurityService> services(ResultSet row) throws SQLException {
        return Arrays.stream((String[]) row.getArray("scope_services").getArray()).map(SecurityService::valueOf)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static java.util.Set<CountryCode> countries(ResultSet row) throws SQLException {
        return Arrays.stream((String[]) row.getArray("scope_countries").getArray()).map(CountryCode::new)
                .collect(Collectors.toUnmodifiableSet());
    }
}
