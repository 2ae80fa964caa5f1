package org.custodes.membership.dues;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.custodes.membership.MembershipRuleViolation;
import org.custodes.shared.OrganisationId;
import org.junit.jupiter.api.Test;

class InvoiceTests {

    static final LocalDate ISSUED = LocalDate.of(2026, 1, 15);
    static final LocalDate DUE = LocalDate.of(2026, 2, 14);

    static Invoice invoice() {
        return new Invoice(new InvoiceId(UUID.randomUUID()), "INV-2026-00001", new OrganisationId(UUID.randomUUID()),
                InvoiceKind.JOINING_FEE, 2026, new BigDecimal("1000.00"), "USD", null, ISSUED, DUE, null, null);
    }

    @Test
    void anInvoiceIsIssuedUntilItsDueDateThenOverdueUntilPaid() {
        var invoice = invoice();
        assertThat(invoice.status(DUE)).isEqualTo(InvoiceStatus.ISSUED);
        assertThat(invoice.status(DUE.plusDays(1))).isEqualTo(InvoiceStatus.OVERDUE);
        assertThat(invoice.paid(DUE.plusDays(3)).status(DUE.plusDays(10))).isEqualTo(InvoiceStatus.PAID);
    }

    @Test
    void nonPaymentIsRaisedOnceAfterNinetyDaysOverdue() {
        var invoice = invoice();
        assertThat(invoice.nonPaymentDue(DUE.plusDays(89), 90)).isFalse();
        assertThat(invoice.nonPaymentDue(DUE.plusDays(90), 90)).isTrue();
        var raised = invoice.raiseNonPayment(DUE.plusDays(90));
        assertThat(raised.nonPaymentDue(DUE.plusDays(91), 90)).isFalse();
        assertThat(invoice.paid(DUE.plusDays(50)).nonPaymentDue(DUE.plusDays(120), 90)).isFalse();
    }

    @Test
    void anInvoiceIsPaidOnceAndNotBeforeItWasIssued() {
        var invoice = invoice();
        assertThatExceptionOfType(MembershipRuleViolation.class).isThrownBy(() -> invoice.paid(ISSUED.minusDays(1)));
        var paid = invoice.paid(ISSUED);
        assertThatExceptionOfType(MembershipRuleViolation.class).isThrownBy(() -> paid.paid(DUE));
    }

    @Test
    void amountsArePositiveAndDueDatesFollowTheIssue() {
        assertThatExceptionOfType(MembershipRuleViolation.class).isThrownBy(() -> new Invoice(
                new InvoiceId(UUID.randomUUID()), "X", new OrganisationId(UUID.randomUUID()), InvoiceKind.ANNUAL_DUE, 2026,
                BigDecimal.ZERO, "USD", "A", ISSUED, DUE, null, null));
        assertThatExceptionOfType(MembershipRuleViolation.class).isThrownBy(() -> new Invoice(
                new InvoiceId(UUID.randomUUID()), "X", new OrganisationId(UUID.randomUUID()), InvoiceKind.ANNUAL_DUE, 2026,
                BigDecimal.TEN, "USD", "A", ISSUED, ISSUED.minusDays(1), null, null));
    }
}
