package org.custodes.membership.dues;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.custodes.membership.MembershipRuleViolation;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;

/** A dues invoice. Its status is derived from its dates, so it never needs a job to turn overdue. */
public record Invoice(InvoiceId id, String number, OrganisationId organisation, InvoiceKind kind, int year, BigDecimal amount,
        String currency, @Nullable String revenueBand, LocalDate issuedOn, LocalDate dueOn, @Nullable LocalDate paidOn,
        @Nullable LocalDate nonPaymentRaisedOn) {

    public Invoice {
        if (amount.signum() <= 0) {
            throw new MembershipRuleViolation("membership.invoice.amount-positive");
        }
        if (dueOn.isBefore(issuedOn)) {
            throw new MembershipRuleViolation("membership.invoice.due-before-issue");
        }
    }

    InvoiceStatus status(LocalDate today) {
        if (paidOn != null) {
            return InvoiceStatus.PAID;
        }
        return today.isAfter(dueOn) ? InvoiceStatus.OVERDUE : InvoiceStatus.ISSUED;
    }

    Invoice paid(LocalDate on) {
        if (paidOn != null) {
            throw new MembershipRuleViolation("membership.invoice.already-paid");
        }
        if (on.isBefore(issuedOn)) {
            throw new MembershipRuleViolation("membership.invoice.paid-before-issue");
        }
        return new Invoice(id, number, organisation, kind, year, amount, currency, revenueBand, issuedOn, dueOn, on,
                nonPaymentRaisedOn);
    }

    /** Whether the invoice has been overdue for at least {@code days} days and was not raised yet. */
    boolean nonPaymentDue(LocalDate today, int days) {
        return paidOn == null && nonPaymentRaisedOn == null && !today.isBefore(dueOn.plusDays(days));
    }

    public Invoice raiseNonPayment(LocalDate today) {
        return new Invoice(id, number, organisation, kind, year, amount, currency, revenueBand, issuedOn, dueOn, paidOn,
                today);
    }
}
