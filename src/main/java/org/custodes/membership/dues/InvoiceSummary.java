package org.custodes.membership.dues;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/**
 * A dues invoice as of today: amount in its currency, dates, status, and whether non-payment was raised to the
 * secretariat as a proposal to terminate (the Board decides).
 */
public record InvoiceSummary(InvoiceId id, String number, OrganisationId organisation, String organisationName,
        InvoiceKind kind, int year, BigDecimal amount, String currency, @Nullable String revenueBand,
        LocalDate issuedOn, LocalDate dueOn, @Nullable LocalDate paidOn, InvoiceStatus status,
        @Nullable LocalDate nonPaymentRaisedOn) {
}
