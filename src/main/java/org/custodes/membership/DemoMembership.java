package org.custodes.membership;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.custodes.membership.application.ApplicationForm;
import org.custodes.membership.application.ApplicationStep;
import org.custodes.membership.application.MembershipApplication;
import org.custodes.membership.application.MembershipApplications;
import org.custodes.membership.compliance.ComplianceCase;
import org.custodes.membership.compliance.ComplianceCases;
import org.custodes.membership.dues.Invoice;
import org.custodes.membership.dues.InvoiceId;
import org.custodes.membership.dues.InvoiceKind;
import org.custodes.membership.dues.Invoices;
import org.custodes.membership.outcome.SelfAssessmentResults;
import org.custodes.organisation.OrganisationKind;
import org.custodes.organisation.OrganisationService;
import org.custodes.organisation.RegisterOrganisation;
import org.custodes.organisation.SecurityService;
import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.core.annotation.Order;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo memberships on top of the demo organisations: one company in each status (with a dated history that goes
 * back years, so it is built from the lifecycle itself rather than through today's facade), states and civil-society
 * members, the observer, a sanctions case, paid and overdue invoices, a submitted application and a draft. Runs once,
 * when the application is ready: that is after every runner, so after the demo organisations were loaded whatever
 * order the runners get.
 */
@Component
@ConditionalOnProperty(name = "custodes.demo.enabled", havingValue = "true")
class DemoMembership {

    static final String DRAFT_COMPANY = "Baltic Harbour Security OÜ";
    private static final Logger log = LoggerFactory.getLogger(DemoMembership.class);

    private final OrganisationService organisations;
    private final Memberships memberships;
    private final Lifecycle lifecycle;
    private final MembershipApplications applications;
    private final ComplianceCases cases;
    private final Invoices invoices;
    private final MembershipSettings settings;
    private final SelfAssessmentResults selfAssessments;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private int invoiceNumber;

    DemoMembership(OrganisationService organisations, Memberships memberships, Lifecycle lifecycle,
            MembershipApplications applications, ComplianceCases cases, Invoices invoices, MembershipSettings settings,
            SelfAssessmentResults selfAssessments, ApplicationEventPublisher events, TransactionTemplate transaction,
            Clock clock) {
        this.organisations = organisations;
        this.memberships = memberships;
        this.lifecycle = lifecycle;
        this.applications = applications;
        this.cases = cases;
        this.invoices = invoices;
        this.settings = settings;
        this.selfAssessments = selfAssessments;
        this.events = events;
        this.transaction = transaction;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10) // demo loaders run in dependency order: contacts, membership, certification, complaints
    void load(ApplicationReadyEvent ready) {
        var aegis = organisation("Aegis Shield Security Ltd");
        if (aegis.isEmpty()) {
            log.warn("Demo organisations are not loaded; no demo memberships");
            return;
        }
        if (memberships.find(aegis.get()).isPresent()) {
            return;
        }
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("system", null,
                AuthorityUtils.createAuthorityList("organisation:manage")));
        SecurityContextHolder.setContext(context);
        try {
            transaction.executeWithoutResult(status -> load());
        } finally {
            SecurityContextHolder.clearContext();
        }
        log.info("Demo memberships loaded");
    }

    private void load() {
        var today = LocalDate.now(clock);

        var aegis = required("Aegis Shield Security Ltd");
        var member = admitted(aegis, MembershipPillar.COMPANY, today.minusYears(1));
        lifecycle.save(member);
        invoice(aegis, InvoiceKind.JOINING_FEE, today.minusYears(1), settings.joiningFee(), null, today.minusYears(1).plusDays(12));
        invoice(aegis, InvoiceKind.ANNUAL_DUE, today.minusDays(10), new BigDecimal("3000"), "B", null);

        var sentinel = required("Sentinel Maritime Services S.A.");
        var certified = admitted(sentinel, MembershipPillar.COMPANY, today.minusYears(4));
        certified.recordCertified(decision(today.minusYears(2), "ISO 18788 certificate recognised", "CERT-DEMO-18788"), null);
        lifecycle.save(certified);
        invoice(sentinel, InvoiceKind.ANNUAL_DUE, today.minusMonths(5), new BigDecimal("6000"), "C", today.minusMonths(4));

        var atlas = required("Atlas Protection SARL");
        var affiliate = admitted(atlas, MembershipPillar.COMPANY, today.minusYears(5));
        var deadline = affiliate.certificationDeadline();
        // Its self-assessment of the deadline's year predates Custodes, so the demo records the result directly.
        selfAssessments.record(atlas, new LatestSelfAssessment(deadline.getYear(), true, deadline.minusMonths(2)));
        affiliate.becomeAffiliate(decision(deadline.plusDays(30), "Deadline missed; latest self-assessment satisfactory",
                "SEC-DEMO-AFF"), null, true);
        lifecycle.save(affiliate);

        var kilimanjaro = required("Kilimanjaro Guarding Company Ltd");
        var suspended = admitted(kilimanjaro, MembershipPillar.COMPANY, today.minusYears(3));
        var suspendedOn = sanctionsCase(kilimanjaro, today.minusDays(200));
        suspended.suspend(decision(suspendedOn, "Corrective action still outstanding after its due date", "BD-DEMO-SUSP"), null);
        lifecycle.save(suspended);
        var overdue = invoice(kilimanjaro, InvoiceKind.ANNUAL_DUE, today.minusDays(150), new BigDecimal("1500"), "A", null);
        invoices.update(overdue.raiseNonPayment(today.minusDays(30)));

        var andes = required("Andes Seguridad Integral S.A.S.");
        var terminated = admitted(andes, MembershipPillar.COMPANY, today.minusYears(6));
        terminated.proposeTermination(TerminationGround.NON_PAYMENT, today.minusDays(120), today.minusDays(90));
        terminated.terminateOnProposal(decision(today.minusDays(60), "Dues unpaid for two years; no reply", "BD-DEMO-TERM"), null);
        lifecycle.save(terminated);

        var alNoor = required("Al-Noor Security Services LLC");
        var submitted = MembershipApplication.start(alNoor, MembershipPillar.COMPANY,
                ApplicationForm.prefilledFrom(organisations.get(alNoor)), settings.checklistFor(MembershipPillar.COMPANY),
                today.minusDays(9).atStartOfDay(clock.getZone()).toInstant());
        for (var step : ApplicationStep.values()) {
            submitted.saveStep(step, completeForm(today.minusDays(6)));
        }
        submitted.submit(today.minusDays(5));
        applications.save(submitted);
        lifecycle.save(Membership.applyFor(alNoor, MembershipPillar.COMPANY,
                decision(today.minusDays(5), "application-submitted", null), null));

        var baltic = organisation(DRAFT_COMPANY).orElseGet(() -> organisations.register(new RegisterOrganisation(
                OrganisationKind.COMPANY, DRAFT_COMPANY, "Baltic Harbour", new CountryCode("EE"),
                Set.of(new CountryCode("EE"), new CountryCode("LV")), Set.of(SecurityService.MARITIME_SECURITY),
                "https://balticharbour.example")));
        applications.save(MembershipApplication.start(baltic, MembershipPillar.COMPANY,
                ApplicationForm.prefilledFrom(organisations.get(baltic)), settings.checklistFor(MembershipPillar.COMPANY),
                today.minusDays(2).atStartOfDay(clock.getZone()).toInstant()));

        for (var state : new String[] { "Government of the Swiss Confederation", "Government of Sierra Leone" }) {
            lifecycle.save(admitted(required(state), MembershipPillar.STATE, today.minusYears(7)));
        }
        for (var cso : new String[] { "Human Rights Watchpost Kenya", "Colectivo por los Derechos Humanos",
                "Observatoire des Droits au Sahel" }) {
            lifecycle.save(admitted(required(cso), MembershipPillar.CIVIL_SOCIETY, today.minusYears(4)));
        }
        lifecycle.save(admitted(required("Geneva Institute for Security Studies"), MembershipPillar.OBSERVER,
                today.minusYears(2)));
    }

    /** A case climbed to suspension, with the company's replies and one silence on record; returns the day of suspension. */
    private LocalDate sanctionsCase(OrganisationId organisation, LocalDate openedOn) {
        var complianceCase = ComplianceCase.open(organisation, "CC-" + openedOn.getYear() + "-DEMO",
                "Guards report three months of unpaid salaries at a mining site", openedOn, null);
        complianceCase.requestReply(openedOn.plusDays(14), openedOn.plusDays(1));
        complianceCase.reply("Payroll was delayed by a bank transfer problem; salaries will be paid this month.",
                openedOn.plusDays(10));
        complianceCase.decide(SanctionStep.SECRETARIAT_RECOMMENDATIONS, openedOn.plusDays(15), null,
                "Pay all outstanding salaries and report monthly on payroll", null);
        complianceCase.requestReply(openedOn.plusDays(60), openedOn.plusDays(45));
        complianceCase.reply("Half of the salaries have been paid.", openedOn.plusDays(55));
        complianceCase.decide(SanctionStep.CORRECTIVE_ACTION, openedOn.plusDays(61), openedOn.plusDays(150),
                "Independent payroll audit and full payment by the due date", null);
        complianceCase.requestReply(openedOn.plusDays(170), openedOn.plusDays(155));
        var suspendedOn = openedOn.plusDays(180);
        complianceCase.decide(SanctionStep.SUSPENSION, suspendedOn, null,
                "No audit received and no reply by the deadline", null);
        cases.save(complianceCase);
        complianceCase.pendingEvents().forEach(events::publishEvent);
        complianceCase.saved();
        return suspendedOn;
    }

    private Membership admitted(OrganisationId organisation, MembershipPillar pillar, LocalDate joined) {
        var membership = Membership.applyFor(organisation, pillar, decision(joined.minusMonths(2), "application-submitted", null), null);
        membership.admit(decision(joined, "Admitted by the Board", "BD-" + joined.getYear() + "-DEMO"), null,
                lifecycle.deadlines());
        return membership;
    }

    private Invoice invoice(OrganisationId organisation, InvoiceKind kind, LocalDate issuedOn, BigDecimal amount,
            String band, LocalDate paidOn) {
        var invoice = new Invoice(new InvoiceId(UUID.randomUUID()), "INV-DEMO-%04d".formatted(++invoiceNumber),
                organisation, kind, issuedOn.getYear(), amount, settings.currency(), band, issuedOn,
                issuedOn.plusDays(settings.invoiceDueDays()), paidOn, null);
        invoices.insert(invoice);
        return invoice;
    }

    private static ApplicationForm completeForm(LocalDate declaredOn) {
        return new ApplicationForm("Al-Noor Security Services LLC", "Al-Noor Security", "AE", "https://alnoorsecurity.example",
                "Fatima Al-Sayed", "company2@custodes.example",
                Set.of(SecurityService.CLOSE_PROTECTION, SecurityService.CONVOY_AND_ESCORT, SecurityService.TRAINING),
                Set.of("AE", "IQ", "SO"), "CN-1234567", "Department of Economic Development, Dubai",
                "Family-owned: the Al-Sayed family holds 100% of the shares.", true,
                "Our human-rights policy commits every employee to the Code and the UN Guiding Principles.",
                "Complaints by telephone, e-mail or in person, in Arabic, English and Somali; investigated within 30 days.",
                "https://alnoorsecurity.example/grievances",
                "Twelve-month plan: policy update, vetting of all personnel, training on the use of force, certification audit.",
                "Global Extractives plc (security manager), United Relief Agency (field office)",
                "Fatima Al-Sayed", "Compliance Director", declaredOn, true);
    }

    private static MembershipDecision decision(LocalDate on, String reason, String reference) {
        return new MembershipDecision(on, reason, reference);
    }

    private OrganisationId required(String legalName) {
        return organisation(legalName).orElseThrow(() -> new IllegalStateException("demo organisation missing: " + legalName));
    }

    private Optional<OrganisationId> organisation(String legalName) {
        return organisations.findByLegalName(legalName).map(o -> o.id());
    }
}
