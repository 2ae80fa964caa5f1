package org.custodes.membership.dues;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.custodes.membership.MembershipAccess;
import org.custodes.membership.MembershipRuleViolation;
import org.custodes.membership.MembershipSettings;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.springframework.stereotype.Component;

/**
 * Dues behind the facade: the joining fee issued when the Board admits a company, annual dues by revenue band, and
 * payments. An invoice overdue for {@code nonPaymentDays} is raised to the secretariat as a proposal to terminate
 * for non-payment; the termination itself goes through the right of reply and the Board.
 */
@Component
public class Dues {

    private final Invoices invoices;
    private final MembershipSettings settings;
    private final OrganisationService organisations;
    private final Clock clock;

    Dues(Invoices invoices, MembershipSettings settings, OrganisationService organisations, Clock clock) {
        this.invoices = invoices;
        this.settings = settings;
        this.organisations = organisations;
        this.clock = clock;
    }

    public InvoiceSummary issueJoiningFee(OrganisationId organisation, LocalDate issuedOn) {
        return issue(organisation, InvoiceKind.JOINING_FEE, issuedOn.getYear(), settings.joiningFee(), null, issuedOn);
    }

    public InvoiceSummary issueAnnualDue(OrganisationId organisation, int year, String bandName) {
        var band = settings.revenueBands().stream().filter(b -> b.name().equalsIgnoreCase(bandName)).findFirst()
                .orElseThrow(() -> new MembershipRuleViolation("membership.invoice.unknown-band", bandName));
        if (invoices.ofOrganisation(organisation).stream()
                .anyMatch(i -> i.kind() == InvoiceKind.ANNUAL_DUE && i.year() == year)) {
            throw new MembershipRuleViolation("membership.invoice.already-issued", String.valueOf(year));
        }
        return issue(organisation, InvoiceKind.ANNUAL_DUE, year, band.annualDue(), band.name(), today());
    }

    public InvoiceSummary markPaid(InvoiceId id, LocalDate paidOn) {
        var invoice = load(id).paid(paidOn);
        invoices.update(invoice);
        return summary(invoice);
    }

    public List<InvoiceSummary> ofOrganisation(OrganisationId organisation) {
        MembershipAccess.requireOwnOr("membership:read", organisation, "organisation", organisation);
        return invoices.ofOrganisation(organisation).stream().map(this::summary).toList();
    }

    public List<InvoiceSummary> unpaid() {
        return invoices.unpaid().stream().map(this::summary).toList();
    }

    public List<InvoiceSummary> raisedForNonPayment() {
        return invoices.raisedForNonPayment().stream().map(this::summary).toList();
    }

    /** The invoice of one's own organisation, or any for readers; others get "not found". */
    public InvoiceSummary get(InvoiceId id) {
        var invoice = load(id);
        MembershipAccess.requireOwnOr("membership:read", invoice.organisation(), "invoice", id);
        return summary(invoice);
    }

    /** Raises unpaid invoices overdue for the configured number of days; returns how many were raised now. */
    int raiseNonPayment() {
        var today = today();
        var raised = 0;
        for (var invoice : invoices.unpaid()) {
            if (invoice.nonPaymentDue(today, settings.nonPaymentDays())) {
                invoices.update(invoice.raiseNonPayment(today));
                raised++;
            }
        }
        return raised;
    }

    public String currency() {
        return settings.currency();
    }

    public List<MembershipSettings.RevenueBand> bands() {
        return settings.revenueBands();
    }

    private InvoiceSummary issue(OrganisationId organisation, InvoiceKind kind, int year, java.math.BigDecimal amount,
            @org.jspecify.annotations.Nullable String band, LocalDate issuedOn) {
        var number = "INV-%d-%05d".formatted(issuedOn.getYear(), invoices.countFor(issuedOn.getYear()) + 1);
        var invoice = new Invoice(new InvoiceId(UUID.randomUUID()), number, organisation, kind, year, amount,
                settings.currency(), band, issuedOn, issuedOn.plusDays(settings.invoiceDueDays()), null, null);
        invoices.insert(invoice);
        return summary(invoice);
    }

    private Invoice load(InvoiceId id) {
        return invoices.find(id).orElseThrow(() -> new NotFound("invoice", id));
    }

    InvoiceSummary summary(Invoice invoice) {
        var name = organisations.find(invoice.organisation()).map(o -> o.legalName())
                .orElse(invoice.organisation().toString());
        return new InvoiceSummary(invoice.id(), invoice.number(), invoice.organisation(), name, invoice.kind(),
                invoice.year(), invoice.amount(), invoice.currency(), invoice.revenueBand(), invoice.issuedOn(),
                invoice.dueOn(), invoice.paidOn(), invoice.status(today()), invoice.nonPaymentRaisedOn());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
