package org.custodes.complaint;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.custodes.complaint.casefile.CaseFile;
import org.custodes.complaint.casefile.CaseRecords.Author;
import org.custodes.complaint.casefile.CaseRecords;
import org.custodes.complaint.casefile.IdentityRequestView;
import org.custodes.complaint.intake.ComplaintReceipt;
import org.custodes.complaint.intake.Intake;
import org.custodes.complaint.intake.Receipts;
import org.custodes.complaint.intake.Submission;
import org.custodes.complaint.workflow.Cases;
import org.custodes.complaint.workflow.ComplaintCase;
import org.custodes.complaint.workflow.ComplaintEvent;
import org.custodes.complaint.workflow.Deadlines;
import org.custodes.complaint.workflow.Statistics;
import org.custodes.organisation.OrganisationKind;
import org.custodes.organisation.OrganisationService;
import org.custodes.organisation.OrganisationSummary;
import org.custodes.shared.Actor;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
import org.custodes.shared.UserId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Complaints: the only way in for the public intake, the follow-up, the handlers, the custodian and the companies.
 * A submission is acknowledged only after the case, its sealed content and files, the receipt hash and the
 * idempotency record committed together.
 */
@Service
@Transactional
public class ComplaintService {

    private final Intake intake;
    private final CaseFile caseFile;
    private final Cases cases;
    private final CaseRecords records;
    private final Receipts receipts;
    private final Deadlines deadlines;
    private final ComplaintSettings settings;
    private final OrganisationService organisations;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;
    private final Statistics statistics;
    private final ComplaintLimits limits;
    private final Clock clock;

    ComplaintService(Intake intake, CaseFile caseFile, Cases cases, CaseRecords records, Receipts receipts,
            Deadlines deadlines, ComplaintSettings settings, OrganisationService organisations,
            ApplicationEventPublisher events, JsonMapper json, Statistics statistics, ComplaintLimits limits,
            Clock clock) {
        this.intake = intake;
        this.caseFile = caseFile;
        this.cases = cases;
        this.records = records;
        this.receipts = receipts;
        this.deadlines = deadlines;
        this.settings = settings;
        this.organisations = organisations;
        this.events = events;
        this.json = json;
        this.statistics = statistics;
        this.limits = limits;
        this.clock = clock;
    }

    // ---- Abuse limits of the public intake (in memory: no transaction) ------------------------------------------

    /** One submission by this client (a keyed hash of its address), or {@link TooManyAttempts} past its allowance. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void takeSubmissionAllowance(String client) {
        limits.takeSubmission(client);
    }

    /** One follow-up sign-in by this client, or {@link TooManyAttempts} past its allowance. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void takeFollowUpAllowance(String client) {
        limits.takeFollowUp(client);
    }

    /** A follow-up sign-in that failed, counted towards the surge alarm across all clients. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void followUpFailed() {
        limits.followUpFailed();
    }

    // ---- Public intake -------------------------------------------------------------------------------------------

    /** What the receipt page promises: the working days within which the secretariat acknowledges a complaint. */
    @PreAuthorize("permitAll()")
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public int acknowledgementWorkingDays() {
        return settings.acknowledgeWorkingDays();
    }

    /**
     * Files a complaint from the public form or API. With an idempotency key, a repeat of the same request returns
     * the first answer (receipt included), the same key with another request is refused, and a repeat while the
     * first is still running fails with {@link SubmissionInFlight}.
     */
    @PreAuthorize("permitAll()")
    public Submission submit(SubmitComplaint complaint, @Nullable String idempotencyKey) {
        return intake.submit(complaint, idempotencyKey);
    }

    /** An officer or a civil-society intermediary records a complaint received by phone, in person or on paper. */
    @PreAuthorize("hasAuthority('complaint:intake')")
    public ComplaintReceipt recordOnBehalf(SubmitComplaint complaint) {
        return intake.recordOnBehalf(complaint);
    }

    /**
     * For the oversight ranking: per company, the open cases and those received since the date, counts only, in one
     * query for all companies. No access check of its own; the caller holds its own permission.
     */
    @Transactional(readOnly = true)
    public java.util.Map<OrganisationId, CompanyComplaintCounts> openCountsByCompany(LocalDate receivedSince) {
        return cases.countsByCompany(receivedSince);
    }

    /** Checks a receipt against a case reference, for printing the operator's one-time slip. */
    @PreAuthorize("hasAuthority('complaint:intake')")
    @Transactional(readOnly = true)
    public boolean receiptMatches(ComplaintReference reference, String receipt) {
        var byReceipt = cases.findByReceiptHash(receipts.hash(receipt));
        return byReceipt.isPresent() && byReceipt.equals(cases.findByReference(reference));
    }

    /** Member companies by name, for the public form: names are public, nothing else is returned. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<OrganisationSummary> searchCompanies(String text) {
        return text.isBlank() ? List.of() : organisations.searchCompanies(text.strip(), 10);
    }

    @PreAuthorize("hasAuthority('complaint:intake')")
    @Transactional(readOnly = true)
    public List<OrganisationSummary> allCompanies() {
        return organisations.searchCompanies("", 50);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<OrganisationSummary> company(OrganisationId id) {
        return organisations.find(id).filter(o -> o.kind() == OrganisationKind.COMPANY);
    }

    /** Aggregate counts for the public statistics page, small counts suppressed. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public ComplaintStatistics statistics() {
        return statistics.compute();
    }

    // ---- Anonymous follow-up -------------------------------------------------------------------------------------

    /** Signs a complainant in with the receipt; the same work is done whether or not it matches a case. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<FollowUpPass> signInWithReceipt(String receipt) {
        return cases.findByReceiptHash(receipts.hash(receipt))
                .map(id -> new FollowUpPass(id, clock.instant().plus(settings.followUpSession())));
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public FollowUpView followUp(FollowUpPass pass) {
        var c = load(valid(pass));
        var exchange = caseFile.exchange(c.id());
        return new FollowUpView(c.reference(), c.status(), c.receivedOn(), exchange.messages(),
                exchange.filedWithTheComplaint());
    }

    @PreAuthorize("permitAll()")
    public void sendAsComplainant(FollowUpPass pass, String text, List<IncomingFile> files) {
        var caseId = valid(pass);
        var c = load(caseId);
        if (c.status() == ComplaintStatus.CLOSED) {
            throw new ComplaintRefused("complaint.refused.status", c.status());
        }
        caseFile.addMessage(caseId, Author.COMPLAINANT, text, files);
    }

    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public FileDownload complainantFile(FollowUpPass pass, UUID attachmentId) {
        return caseFile.download(valid(pass), attachmentId);
    }

    private UUID valid(FollowUpPass pass) {
        if (!pass.validAt(clock.instant())) {
            throw new NotFound("follow-up", "expired");
        }
        return pass.caseId();
    }

    // ---- Handlers ------------------------------------------------------------------------------------------------

    @PreAuthorize("hasAuthority('complaint:handle')")
    @Transactional(readOnly = true)
    public PageResult<ComplaintSummary> cases(PageQuery page) {
        var me = actor().userId();
        var today = LocalDate.now(clock);
        var open = cases.openCases(page.size(), (int) page.offset()).stream().filter(c -> !c.excludes(me)).toList();
        var names = organisations.namesOf(open.stream().map(ComplaintCase::company).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        var list = open.stream().map(c -> summary(c, me, today, c.company() == null ? null : names.get(c.company())))
                .toList();
        return PageResult.of(list, page, cases.countCases());
    }

    @PreAuthorize("hasAuthority('complaint:handle')")
    @Transactional(readOnly = true)
    public ComplaintDetails details(ComplaintId id) {
        var me = actor().userId();
        var c = handled(id);
        var exchange = caseFile.exchange(c.id());
        var narrative = json.readValue(caseFile.openRequired(c.id(), Cases.Sealed.NARRATIVE), ComplaintNarrative.class);
        var identityGiven = caseFile.holds(c.id(), Cases.Sealed.IDENTITY);
        ComplainantIdentity identity = null;
        if (identityGiven && records.identityRevealedTo(c.id(), me.value())) {
            identity = json.readValue(caseFile.openRequired(c.id(), Cases.Sealed.IDENTITY), ComplainantIdentity.class);
        }
        var requests = records.identityRequests(c.id()).stream().map(r -> requestView(r, c.reference())).toList();
        return new ComplaintDetails(summary(c, me, LocalDate.now(clock)), c.complainantRole(), c.contact(), narrative,
                identityGiven, identity, c.type(), c.againstMember(), c.allegesViolation(), c.path(),
                caseFile.text(c.id(), Cases.Sealed.COMPANY_EXCERPT), caseFile.text(c.id(), Cases.Sealed.COMPANY_RESPONSE),
                c.outcome(), c.codeParagraphs(), exchange.messages(), exchange.attachments(), caseFile.notes(c.id()),
                requests);
    }

    @PreAuthorize("hasAuthority('complaint:handle')")
    public void acknowledge(ComplaintId id) {
        change(id, (c, today, me) -> c.acknowledge(today, me, deadlines));
    }

    @PreAuthorize("hasAuthority('complaint:handle')")
    public void assessAdmissibility(ComplaintId id, boolean concernsMember, boolean allegesViolation,
            ComplaintType type, @Nullable String reasonsAndOtherAvenues) {
        var c = change(id, (k, today, me) -> k.assessAdmissibility(concernsMember, allegesViolation, type, today, me, deadlines));
        if (reasonsAndOtherAvenues != null && !reasonsAndOtherAvenues.isBlank()) {
            caseFile.writeText(c.id(), Cases.Sealed.ADMISSIBILITY_NOTE, reasonsAndOtherAvenues);
            caseFile.addMessage(c.id(), Author.HANDLER, reasonsAndOtherAvenues, List.of());
        }
    }

    /** Chooses the path to remedy; an excerpt, when given, is all the company will ever see of the complaint. */
    @PreAuthorize("hasAuthority('complaint:handle')")
    public void choosePath(ComplaintId id, ResolutionPath path, @Nullable String excerptForCompany) {
        var share = excerptForCompany != null && !excerptForCompany.isBlank();
        var c = change(id, (k, today, me) -> k.choosePath(path, share, today, me, deadlines));
        if (share) {
            caseFile.writeText(c.id(), Cases.Sealed.COMPANY_EXCERPT, excerptForCompany);
        }
    }

    @PreAuthorize("hasAuthority('complaint:handle')")
    public void recordOutcome(ComplaintId id, Outcome outcome) {
        change(id, (c, today, me) -> c.recordOutcome(outcome, today, me, deadlines));
    }

    @PreAuthorize("hasAuthority('complaint:handle')")
    public void close(ComplaintId id) {
        change(id, (c, today, me) -> c.close(today, me, deadlines));
    }

    @PreAuthorize("hasAuthority('complaint:handle')")
    public void assignToMe(ComplaintId id) {
        change(id, (c, today, me) -> c.assign(me, today, me));
    }

    @PreAuthorize("hasAuthority('complaint:handle')")
    public void declareConflict(ComplaintId id) {
        change(id, (c, today, me) -> c.declareConflict(me, today));
    }

    @PreAuthorize("hasAuthority('complaint:handle')")
    public void classify(ComplaintId id, boolean retaliationRisk, Set<Integer> codeParagraphs) {
        change(id, (c, today, me) -> {
            c.flagRetaliationRisk(retaliationRisk);
            c.tagCodeParagraphs(codeParagraphs);
        });
    }

    @PreAuthorize("hasAuthority('complaint:handle')")
    public void addNote(ComplaintId id, String text) {
        caseFile.addNote(handled(id).id(), actor().userId().value(), text);
    }

    @PreAuthorize("hasAuthority('complaint:handle')")
    public void reply(ComplaintId id, String text, List<IncomingFile> files) {
        caseFile.addMessage(handled(id).id(), Author.HANDLER, text, files);
    }

    @PreAuthorize("hasAuthority('complaint:handle')")
    @Transactional(readOnly = true)
    public FileDownload file(ComplaintId id, UUID attachmentId) {
        return caseFile.download(handled(id).id(), attachmentId);
    }

    /** Asks the custodian to reveal the complainant's identity to this handler; the request itself is audited. */
    @PreAuthorize("hasAuthority('complaint:handle')")
    public void requestIdentity(ComplaintId id) {
        var c = handled(id);
        if (!caseFile.holds(c.id(), Cases.Sealed.IDENTITY)) {
            throw new ComplaintRefused("complaint.refused.no-identity");
        }
        var today = LocalDate.now(clock);
        records.insertIdentityRequest(UUID.randomUUID(), c.id(), actor().userId().value(), today);
        events.publishEvent(new ComplaintEvent(c.reference(), ComplaintEvent.Step.IDENTITY_REQUESTED, today, actor().userId()));
    }

    @PreAuthorize("hasAuthority('complaint:custodian')")
    @Transactional(readOnly = true)
    public List<IdentityRequestView> pendingIdentityRequests() {
        return records.pendingIdentityRequests().stream()
                .map(r -> requestView(r, load(r.caseId()).reference())).toList();
    }

    /** A custodian decides; nobody decides on their own request. */
    @PreAuthorize("hasAuthority('complaint:custodian')")
    public void decideIdentityRequest(UUID requestId, boolean approve) {
        var request = records.identityRequest(requestId).filter(r -> "PENDING".equals(r.status()))
                .orElseThrow(() -> new NotFound("identity request", requestId));
        var me = actor().userId();
        if (request.requestedBy().equals(me.value())) {
            throw new ComplaintRefused("complaint.refused.own-request");
        }
        var today = LocalDate.now(clock);
        records.decideIdentityRequest(requestId, approve, me.value(), today);
        events.publishEvent(new ComplaintEvent(load(request.caseId()).reference(),
                approve ? ComplaintEvent.Step.IDENTITY_REVEAL_APPROVED : ComplaintEvent.Step.IDENTITY_REVEAL_REFUSED,
                today, me));
    }

    // ---- Companies -----------------------------------------------------------------------------------------------

    @PreAuthorize("hasAuthority('complaint:company-response')")
    @Transactional(readOnly = true)
    public List<CompanyCaseView> casesOfMyCompany() {
        var company = actor().organisationId();
        return cases.sharedWith(company).stream().map(this::companyView).toList();
    }

    /** Another company's case, or one not shared, is answered exactly like a case that does not exist. */
    @PreAuthorize("hasAuthority('complaint:company-response')")
    @Transactional(readOnly = true)
    public CompanyCaseView companyCase(ComplaintId id) {
        return companyView(sharedWithMe(id));
    }

    @PreAuthorize("hasAuthority('complaint:company-response')")
    public void respondAsCompany(ComplaintId id, String response) {
        var c = sharedWithMe(id);
        var today = LocalDate.now(clock);
        c.recordCompanyResponse(actor().organisationId(), today, actor().userId());
        caseFile.writeText(c.id(), Cases.Sealed.COMPANY_RESPONSE, response);
        cases.update(c, today);
    }

    private ComplaintCase sharedWithMe(ComplaintId id) {
        return cases.find(id.value()).filter(c -> c.visibleTo(actor().organisationId()))
                .orElseThrow(() -> new NotFound("complaint", id));
    }

    private CompanyCaseView companyView(ComplaintCase c) {
        var excerpt = caseFile.text(c.id(), Cases.Sealed.COMPANY_EXCERPT);
        return new CompanyCaseView(new ComplaintId(c.id()), c.reference(), c.category(), YearMonth.from(c.receivedOn()),
                c.status(), excerpt == null ? "" : excerpt, caseFile.text(c.id(), Cases.Sealed.COMPANY_RESPONSE));
    }

    // ---- Internals -----------------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface Change {
        void apply(ComplaintCase c, LocalDate today, UserId me);
    }

    private ComplaintCase change(ComplaintId id, Change change) {
        var c = handled(id);
        var today = LocalDate.now(clock);
        change.apply(c, today, actor().userId());
        cases.update(c, today);
        return c;
    }

    /** The case, unless this handler declared a conflict of interest: then it does not exist for them. */
    private ComplaintCase handled(ComplaintId id) {
        var c = load(id.value());
        if (c.excludes(actor().userId())) {
            throw new NotFound("complaint", id);
        }
        return c;
    }

    private ComplaintCase load(UUID id) {
        return cases.find(id).orElseThrow(() -> new NotFound("complaint", id));
    }

    private ComplaintSummary summary(ComplaintCase c, UserId me, LocalDate today) {
        return summary(c, me, today,
                c.company() == null ? null : organisations.find(c.company()).map(OrganisationSummary::legalName).orElse(null));
    }

    private ComplaintSummary summary(ComplaintCase c, UserId me, LocalDate today, @Nullable String company) {
        return new ComplaintSummary(new ComplaintId(c.id()), c.reference(), c.status(), c.category(), c.country(),
                company, c.channel(), c.receivedOn(), c.dueOn(), c.overdue(today), me.value().equals(c.handler()),
                c.retaliationRisk());
    }

    private static IdentityRequestView requestView(CaseRecords.IdentityRequest r, ComplaintReference reference) {
        return new IdentityRequestView(r.id(), reference, r.requestedBy(), r.requestedOn(), r.status(), r.decidedBy());
    }

    private static Actor actor() {
        return Actor.current().orElseThrow(() -> new NotFound("actor", "none"));
    }

}
