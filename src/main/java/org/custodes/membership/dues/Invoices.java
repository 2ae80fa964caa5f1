package org.custodes.membership.dues;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.custodes.shared.OrganisationId;
import org.custodes.shared.Rows;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Dues invoices, with plain SQL. */
@Repository
public class Invoices {

    private static final String COLUMNS = """
            id, number, organisation_id, kind, year, amount, currency, revenue_band, issued_on, due_on, paid_on,
            non_payment_raised_on""";

    private final JdbcClient jdbc;

    Invoices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(Invoice invoice) {
        jdbc.sql("insert into membership.invoice (" + COLUMNS + """
                ) values (:id, :number, :organisation, :kind, :year, :amount, :currency, :band, :issuedOn, :dueOn,
                    :paidOn, :raisedOn)
                """)
                .param("id", invoice.id().value()).param("number", invoice.number())
                .param("organisation", invoice.organisation().value()).param("kind", invoice.kind().name())
                .param("year", invoice.year()).param("amount", invoice.amount()).param("currency", invoice.currency())
                .param("band", invoice.revenueBand()).param("issuedOn", Date.valueOf(invoice.issuedOn()))
                .param("dueOn", Date.valueOf(invoice.dueOn())).param("paidOn", Rows.sqlDate(invoice.paidOn()))
                .param("raisedOn", Rows.sqlDate(invoice.nonPaymentRaisedOn()))
                .update();
    }

    public void update(Invoice invoice) {
        jdbc.sql("update membership.invoice set paid_on = :paidOn, non_payment_raised_on = :raisedOn where id = :id")
                .param("id", invoice.id().value()).param("paidOn", Rows.sqlDate(invoice.paidOn()))
                .param("raisedOn", Rows.sqlDate(invoice.nonPaymentRaisedOn())).update();
    }

    Optional<Invoice> find(InvoiceId id) {
        return jdbc.sql("select " + COLUMNS + " from membership.invoice where id = :id").param("id", id.value())
                .query(Invoices::invoice).optional();
    }

    List<Invoice> ofOrganisation(OrganisationId organisation) {
        return jdbc.sql("select " + COLUMNS + " from membership.invoice where organisation_id = :organisation order by issued_on desc, number desc")
                .param("organisation", organisation.value()).query(Invoices::invoice).list();
    }

    List<Invoice> unpaid() {
        return jdbc.sql("select " + COLUMNS + " from membership.invoice where paid_on is null order by due_on")
                .query(Invoices::invoice).list();
    }

    List<Invoice> raisedForNonPayment() {
        return jdbc.sql("select " + COLUMNS + """
                 from membership.invoice where paid_on is null and non_payment_raised_on is not null order by due_on
                """).query(Invoices::invoice).list();
    }

    long countFor(int year) {
        return jdbc.sql("select count(*) from membership.invoice where extract(year from issued_on) = :year")
                .param("year", year).query(Long.class).single();
    }

    private static Invoice invoice(ResultSet row, int n) throws SQLException {
        return new Invoice(new InvoiceId(row.getObject("id", UUID.class)), row.getString("number"),
                new OrganisationId(row.getObject("organisation_id", UUID.class)),
                InvoiceKind.valueOf(row.getString("kind")), row.getInt("year"), row.getBigDecimal("amount"),
                row.getString("currency"), row.getString("revenue_band"), Rows.date(row, "issued_on"),
                Rows.date(row, "due_on"), Rows.date(row, "paid_on"),
                Rows.date(row, "non_payment_raised_on"));
    }
}
