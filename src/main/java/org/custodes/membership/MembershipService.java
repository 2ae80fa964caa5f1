package org.custodes.membership;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.custodes.membership.application.ApplicationForm;
import org.custodes.membership.application.ApplicationStep;
import org.custodes.membership.application.DocumentFile;
import org.custodes.membership.application.MembershipApplicationDesk;
import org.custodes.membership.application.MembershipDocumentId;
import org.custodes.membership.application.MembershipDocumentSummary;
import org.custodes.membership.compliance.ComplianceCaseDetails;
import org.custodes.membership.compliance.ComplianceCaseId;
import org.custodes.membership.dues.Dues;
import org.custodes.membership.dues.InvoiceDocument;
import org.custodes.membership.dues.InvoiceId;
import org.custodes.membership.dues.InvoicePdf;
import org.custodes.membership.dues.InvoiceSummary;
import org.custodes.membership.outcome.SelfAssessmentResults;
import org.custodes.membership.sanction.SanctionsLadder;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Membership from application to termination: the only way in for pages, the API and other modules. Every status
 * change is written to the dated history and published as {@link MembershipStatusChanged} in the same transaction.
 * Permissions: {@code membership:apply} (an organisation's own users, for their organisation only),
 * {@code membership:review} (secretariat), {@code membership:decide} (Board), {@code membership:read} (both).
 */
@Service
@Transactional
public class MembershipService {

    private final Memberships memberships;
    private final Lifecycle lifecycle;
    private final MembershipApplicationDesk desk;
    private final SanctionsLadder ladder;
    private final Dues dues;
    private final InvoicePdf pdf;
    private final OrganisationService organisations;
    private final SelfAssessmentResults selfAssessments;

    MembershipService(Memberships memberships, Lifecycle lifecycle, MembershipApplicationDesk desk, SanctionsLadder ladder,
            Dues dues, InvoicePdf pdf, OrganisationService organisations, SelfAssessmentResults selfAssessments) {
        this.memberships = memberships;
        this.lifecycle = lifecycle;
        this.desk = desk;
        this.ladder = ladder;
        this.dues = dues;
        this.pdf = pdf;
        this.organisations = organisations;
        this.selfAssessments = selfAssessments;
    }

    // Lifecycle

    /** For other modules: the organisation's current status, if it ever applied. No access check of its own. */
    @Transactional(readOnly = true)
    public Optional<MembershipStatus> statusOf(OrganisationId organisation) {
        return Optional.ofNullable(lifecycle.statusOf(organisation));
    }

    /** The membership with its history; an organisation's own users see only theirs. */
    @PreAuthorize("hasAnyAuthority('membership:read', 'membership:apply')")
    @Transactional(readOnly = true)
    public MembershipDetails get(OrganisationId organisation) {
        MembershipAccess.requireOwnOr("membership:read", organisation, "membership", organisation);
        return lifecycle.load(organisation).details();
    }

    /** Like {@link #get}, but empty for an organisation that never applied. */
    @PreAuthorize("hasAnyAuthority('membership:read', 'membership:apply')")
    @Transactional(readOnly = true)
    public Optional<MembershipDetails> find(OrganisationId organisation) {
        MembershipAccess.requireOwnOr("membership:read", organisation, "membership", organisation);
        return memberships.find(organisation).map(Membership::details);
    }

    @PreAuthorize("hasAuthority('membership:read')")
    @Transactional(readOnly = true)
    public PageResult<MembershipSummary> list(@Nullable MembershipStatus status, PageQuery page) {
        return PageResult.of(summaries(memberships.lines(status, page.size(), page.offset())), page,
                memberships.count(status));
    }

    /**
     * For other modules' set-based work (the oversight ranking): every member and affiliate with its standing, in one
     * query. No access check of its own; the caller holds its own permission.
     */
    @Transactional(readOnly = true)
    public List<MemberStanding> membersAndAffiliates() {
        return memberships.standings();
    }

    /** Member companies whose certification deadline passed without certification, raised by the daily job. */
    @PreAuthorize("hasAuthority('membership:read')")
    @Transactional(readOnly = true)
    public List<MembershipSummary> deadlinePassed() {
        return summaries(memberships.deadlinePassed());
    }

    /**
     * The certification module reports that a company was certified. Called from its event listener, which runs
     * without a signed-in user, so there is no permission check here and no route leads to it.
     */
    public MembershipDetails recordCertified(OrganisationId organisation, LocalDate date, String reference) {
        return lifecycle.change(organisation, membership -> membership.recordCertified(
                new MembershipDecision(date, "certification", reference), MembershipAccess.actor()));
    }

    /** The certification module reports that a company's certification lapsed (see {@link #recordCertified}). */
    public MembershipDetails recordCertificationLapsed(OrganisationId organisation, LocalDate date, String reference) {
        return lifecycle.change(organisation, membership -> membership.recordCertificationLapsed(
                new MembershipDecision(date, "certification-lapsed", reference), MembershipAccess.actor()));
    }

    /**
     * The secretariat makes a member company whose deadline passed an affiliate; the rule asks that its latest
     * accepted self-assessment was satisfactory, as the reporting module recorded it.
     */
    @PreAuthorize("hasAuthority('membership:review')")
    public MembershipDetails makeAffiliate(OrganisationId organisation, MembershipDecision decision) {
        var satisfactory = selfAssessments.latest(organisation).map(LatestSelfAssessment::satisfactory).orElse(false);
        return lifecycle.change(organisation, membership -> membership.becomeAffiliate(decision, MembershipAccess.actor(),
                satisfactory));
    }

    /** The reporting module accepted a company's self-assessment (an older year never replaces a newer one). */
    public void recordSelfAssessment(OrganisationId company, LatestSelfAssessment result) {
        selfAssessments.record(company, result);
    }

    @PreAuthorize("hasAnyAuthority('membership:read', 'membership:apply')")
    @Transactional(readOnly = true)
    public Optional<LatestSelfAssessment> latestSelfAssessment(OrganisationId organisation) {
        MembershipAccess.requireOwnOr("membership:read", organisation, "membership", organisation);
        return selfAssessments.latest(organisation);
    }

    /** Opens the right of reply before a termination outside the sanctions ladder (non-payment, no self-assessment). */
    @PreAuthorize("hasAuthority('membership:review')")
    public MembershipDetails proposeTermination(OrganisationId organisation, TerminationGround ground,
            LocalDate replyDeadline) {
        return lifecycle.change(organisation,
                membership -> membership.proposeTermination(ground, lifecycle.today(), replyDeadline));
    }

    @PreAuthorize("hasAuthority('membership:apply')")
    public MembershipDetails replyToTerminationProposal(OrganisationId organisation, String reply) {
        MembershipAccess.requireOwn(organisation, "membership", organisation);
        return lifecycle.change(organisation,
                membership -> membership.replyToTerminationProposal(reply, lifecycle.today()));
    }

    /** The Board terminates on the proposed ground, once the company's reply (or its silence) is on record. */
    @PreAuthorize("hasAuthority('membership:decide')")
    public MembershipDetails terminate(OrganisationId organisation, MembershipDecision decision) {
        return lifecycle.change(organisation, membership -> membership.terminateOnProposal(decision, MembershipAccess.actor()));
    }

    /** The organisation leaves of its own will, or withdraws its application. */
    @PreAuthorize("hasAuthority('membership:apply')")
    public MembershipDetails withdraw(OrganisationId organisation, String reason) {
        MembershipAccess.requireOwn(organisation, "membership", organisation);
        return lifecycle.change(organisation, membership -> membership.withdraw(
                new MembershipDecision(lifecycle.today(), reason, null), MembershipAccess.actor()));
    }

    // MembershipApplications

    /** Starts a draft application for the signed-in user's organisation, prefilled from the organisation registry. */
    @PreAuthorize("hasAuthority('membership:apply')")
    public MembershipApplicationDetails startApplication() {
        return desk.start(MembershipAccess.ownOrganisation());
    }

    @PreAuthorize("hasAnyAuthority('membership:read', 'membership:apply')")
    @Transactional(readOnly = true)
    public MembershipApplicationDetails application(ApplicationId id) {
        return desk.get(id);
    }

    @PreAuthorize("hasAnyAuthority('membership:read', 'membership:apply')")
    @Transactional(readOnly = true)
    public List<MembershipApplicationSummary> applicationsOf(OrganisationId organisation) {
        return desk.ofOrganisation(organisation);
    }

    /** Saves one step of a draft (or of an application the secretariat asked more information about). */
    @PreAuthorize("hasAuthority('membership:apply')")
    public MembershipApplicationDetails saveStep(ApplicationId id, ApplicationStep step, ApplicationForm input) {
        return desk.saveStep(id, step, input);
    }

    /** Submits the draft; refused with {@link ApplicationIncomplete} (listing what is missing) until complete. */
    @PreAuthorize("hasAuthority('membership:apply')")
    public MembershipApplicationDetails submit(ApplicationId id) {
        return desk.submit(id);
    }

    /** Adds a policy document (PDF, DOCX, ODT, PNG or JPEG by content, at most 10 MB) to an editable application. */
    @PreAuthorize("hasAuthority('membership:apply')")
    public MembershipDocumentSummary uploadDocument(ApplicationId id, String filename, byte[] content) {
        return desk.upload(id, filename, content);
    }

    @PreAuthorize("hasAnyAuthority('membership:apply', 'membership:review', 'membership:decide')")
    @Transactional(readOnly = true)
    public DocumentFile document(ApplicationId id, MembershipDocumentId document) {
        return desk.document(id, document);
    }

    @PreAuthorize("hasAuthority('membership:apply')")
    public MembershipApplicationDetails answerInformationRequest(ApplicationId id, String answer) {
        return desk.answer(id, answer);
    }

    /** MembershipApplications awaiting or past review (drafts are the applicants' own), oldest submission first. */
    @PreAuthorize("hasAuthority('membership:read')")
    @Transactional(readOnly = true)
    public PageResult<MembershipApplicationSummary> applications(@Nullable MembershipApplicationStatus status, PageQuery page) {
        return desk.page(status, page);
    }

    @PreAuthorize("hasAuthority('membership:review')")
    public MembershipApplicationDetails checkItems(ApplicationId id, Map<String, Boolean> items) {
        return desk.check(id, items);
    }

    @PreAuthorize("hasAuthority('membership:review')")
    public MembershipApplicationDetails requestInformation(ApplicationId id, String request) {
        return desk.requestInformation(id, request);
    }

    @PreAuthorize("hasAuthority('membership:review')")
    public MembershipApplicationDetails recommend(ApplicationId id, boolean approve, String note) {
        return desk.recommend(id, approve, note);
    }

    /** The Board's decision: admits (member or observer) or rejects, and tells the applicant's users. */
    @PreAuthorize("hasAuthority('membership:decide')")
    public MembershipApplicationDetails decide(ApplicationId id, boolean approve, String reasons, LocalDate decidedOn,
            String decisionReference) {
        return desk.decide(id, approve, reasons, decidedOn, decisionReference);
    }

    /**
     * The Board's decision on an application, taken by a resolution the governance module reports as carried; it is
     * dated the day the resolution was carried. Called from that module's event listener, which runs without a
     * signed-in user, so there is no permission check here and no route leads to it.
     */
    public MembershipApplicationDetails recordBoardResolution(ApplicationId id, boolean approve, String reasons,
            LocalDate carriedOn, String resolutionReference) {
        return desk.decide(id, approve, reasons, carriedOn, resolutionReference);
    }

    // Sanctions ladder

    /** The secretariat raises a compliance concern against a member company: the first step of a case. */
    @PreAuthorize("hasAuthority('membership:review')")
    public ComplianceCaseDetails openComplianceCase(OrganisationId organisation, String summary) {
        return ladder.open(organisation, summary);
    }

    /** A case; the company sees its own cases only. */
    @PreAuthorize("hasAnyAuthority('membership:read', 'membership:apply')")
    @Transactional(readOnly = true)
    public ComplianceCaseDetails complianceCase(ComplianceCaseId id) {
        return ladder.get(id);
    }

    @PreAuthorize("hasAnyAuthority('membership:read', 'membership:apply')")
    @Transactional(readOnly = true)
    public List<ComplianceCaseDetails> complianceCasesOf(OrganisationId organisation) {
        return ladder.ofOrganisation(organisation);
    }

    @PreAuthorize("hasAuthority('membership:read')")
    @Transactional(readOnly = true)
    public List<ComplianceCaseDetails> openComplianceCases() {
        return ladder.open();
    }

    /** Open cases, oldest first, one page at a time. */
    @PreAuthorize("hasAuthority('membership:read')")
    @Transactional(readOnly = true)
    public PageResult<ComplianceCaseDetails> openComplianceCases(PageQuery page) {
        return ladder.open(page);
    }

    /**
     * Opens the company's right of reply, until {@code deadline}, before the next step can be decided; the company's
     * users are told by e-mail (the step, the deadline and a link to the case, nothing more).
     */
    @PreAuthorize("hasAnyAuthority('membership:review', 'membership:decide')")
    public ComplianceCaseDetails requestReply(ComplianceCaseId id, LocalDate deadline) {
        return ladder.requestReply(id, deadline);
    }

    @PreAuthorize("hasAuthority('membership:apply')")
    public ComplianceCaseDetails replyToCase(ComplianceCaseId id, String reply) {
        return ladder.reply(id, reply);
    }

    /**
     * Decides the next step (recommendations: secretariat; corrective action, suspension, termination: Board), once
     * the company's reply is on record; suspension and termination change the membership status. The company's users
     * are told the step and its due date by e-mail.
     */
    @PreAuthorize("hasAnyAuthority('membership:review', 'membership:decide')")
    public ComplianceCaseDetails decideStep(ComplianceCaseId id, SanctionStep step, @Nullable LocalDate dueOn,
            String summary, @Nullable TerminationGround ground, @Nullable String decisionReference) {
        return ladder.decide(id, step, dueOn, summary, ground, decisionReference);
    }

    /** The company complied (corrective action accepted): resolves the case and reinstates a suspended member. */
    @PreAuthorize("hasAnyAuthority('membership:review', 'membership:decide')")
    public ComplianceCaseDetails resolveCase(ComplianceCaseId id, String note) {
        return ladder.resolve(id, note);
    }

    // Dues

    /** Issues the annual due of a member for a year, at the amount of its revenue band. */
    @PreAuthorize("hasAuthority('membership:review')")
    public InvoiceSummary issueAnnualDue(OrganisationId organisation, int year, String revenueBand) {
        var status = lifecycle.statusOf(organisation);
        if (status == null || !status.belongs()) {
            throw new MembershipRuleViolation("membership.invoice.not-a-member");
        }
        return dues.issueAnnualDue(organisation, year, revenueBand);
    }

    @PreAuthorize("hasAuthority('membership:review')")
    public InvoiceSummary recordPayment(InvoiceId invoice, LocalDate paidOn) {
        return dues.markPaid(invoice, paidOn);
    }

    /** An invoice; an organisation sees only its own. */
    @PreAuthorize("hasAnyAuthority('membership:read', 'membership:apply')")
    @Transactional(readOnly = true)
    public InvoiceSummary invoice(InvoiceId invoice) {
        return dues.get(invoice);
    }

    @PreAuthorize("hasAnyAuthority('membership:read', 'membership:apply')")
    @Transactional(readOnly = true)
    public List<InvoiceSummary> invoicesOf(OrganisationId organisation) {
        return dues.ofOrganisation(organisation);
    }

    /** Invoices overdue long enough to propose termination for non-payment, for the secretariat's list. */
    @PreAuthorize("hasAuthority('membership:read')")
    @Transactional(readOnly = true)
    public List<InvoiceSummary> nonPaymentProposals() {
        return dues.raisedForNonPayment();
    }

    @PreAuthorize("hasAuthority('membership:read')")
    @Transactional(readOnly = true)
    public List<InvoiceSummary> unpaidInvoices() {
        return dues.unpaid();
    }

    @PreAuthorize("hasAuthority('membership:read')")
    @Transactional(readOnly = true)
    public List<String> revenueBands() {
        return dues.bands().stream().map(band -> band.name() + ": " + band.annualDue().toPlainString() + " "
                + dues.currency()).toList();
    }

    /** The invoice as a PDF in the reader's language; an organisation sees only its own invoices. */
    @PreAuthorize("hasAnyAuthority('membership:read', 'membership:apply')")
    @Transactional(readOnly = true)
    public InvoiceDocument invoicePdf(InvoiceId invoice, java.util.Locale locale) {
        var summary = dues.get(invoice);
        return new InvoiceDocument(summary.number() + ".pdf", pdf.render(summary, locale));
    }

    /** Summaries of a list of memberships, their organisations' names read in one query. */
    private List<MembershipSummary> summaries(List<Memberships.Line> lines) {
        var names = organisations.namesOf(lines.stream().map(Memberships.Line::organisation).collect(Collectors.toSet()));
        return lines.stream().map(line -> summary(line,
                names.getOrDefault(line.organisation(), line.organisation().toString()))).toList();
    }

    private MembershipSummary summary(Membership membership) {
        return summary(Memberships.Line.of(membership), organisations.find(membership.organisation())
                .map(o -> o.legalName()).orElse(membership.organisation().toString()));
    }

    private static MembershipSummary summary(Memberships.Line line, String name) {
        return new MembershipSummary(line.organisation(), name, line.pillar(), line.status(), line.joinedOn(),
                line.certificationDeadline(), line.deadlinePassedOn(), line.proposedTerminationGround());
    }
}
