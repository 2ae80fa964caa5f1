package org.custodes.certification.body;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.custodes.certification.StandardCode;
import org.custodes.shared.OrganisationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accepted certification bodies: the terms of their acceptance, keyed by their organisation id. */
@Repository
public class CertificationBodies {

    private final JdbcClient jdbc;

    CertificationBodies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<CertificationBodyDetails> all() {
        return jdbc.sql("select * from certification.certification_body order by legal_name")
                .query(CertificationBodies::details).list();
    }

    public Optional<CertificationBodyDetails> find(OrganisationId id) {
        return jdbc.sql("select * from certification.certification_body where organisation_id = :id")
                .param("id", id.value()).query(CertificationBodies::details).optional();
    }

    /** Bodies withdrawn on or before that date, for the grace-period check. */
    List<CertificationBodyDetails> withdrawnBy(LocalDate date) {
        return jdbc.sql("select * from certification.certification_body where status = 'WITHDRAWN' and status_since <= :date")
                .param("date", date).query(CertificationBodies::details).list();
    }

    public void save(SaveCertificationBody command, String legalName, LocalDate today, Instant now) {
        jdbc.sql("""
                insert into certification.certification_body (organisation_id, legal_name, route, accreditation_body,
                    iaf_mla_signatory, standards, accepted_from, accepted_until, status, status_since, contact_email,
                    version, updated_at)
                values (:id, :legalName, :route, :accreditationBody, :iaf, :standards, :from, :until, 'ACCEPTED', :today,
                    :email, 0, :now)
                on conflict (organisation_id) do update set legal_name = excluded.legal_name, route = excluded.route,
                    accreditation_body = excluded.accreditation_body, iaf_mla_signatory = excluded.iaf_mla_signatory,
                    standards = excluded.standards, accepted_from = excluded.accepted_from,
                    accepted_until = excluded.accepted_until, contact_email = excluded.contact_email,
                    version = certification.certification_body.version + 1, updated_at = excluded.updated_at
                """)
                .param("id", command.organisation().value()).param("legalName", legalName)
                .param("route", command.route().name()).param("accreditationBody", command.accreditationBody())
                .param("iaf", command.iafMlaSignatory())
                .param("standards", command.standards().stream().map(StandardCode::value).sorted().toArray(String[]::new))
                .param("from", command.acceptedFrom()).param("until", command.acceptedUntil())
                .param("today", today).param("email", command.contactEmail()).param("now", Timestamp.from(now))
                .update();
    }

    public void changeStatus(OrganisationId id, BodyStatus status, LocalDate effectiveOn, Instant now) {
        jdbc.sql("""
                update certification.certification_body set status = :status, status_since = :since,
                    version = version + 1, updated_at = :now where organisation_id = :id
                """)
                .param("status", status.name()).param("since", effectiveOn).param("now", Timestamp.from(now))
                .param("id", id.value()).update();
    }

    private static CertificationBodyDetails details(ResultSet row, int number) throws SQLException {
        return new CertificationBodyDetails(new OrganisationId(row.getObject("organisation_id", java.util.UUID.class)),
                row.getString("legal_name"), AccreditationRoute.valueOf(row.getString("route")),
                row.getString("accreditation_body"), row.getBoolean("iaf_mla_signatory"),
                Arrays.stream((String[]) row.getArray("standards").getArray()).map(StandardCode::new)
                        .collect(Collectors.toUnmodifiableSet()),
                row.getObject("accepted_from", LocalDate.class), row.getObject("accepted_until", LocalDate.class),
                BodyStatus.valueOf(row.getString("status")), row.getObject("status_since", LocalDate.class),
                row.getString("contact_email"));
    }
}
