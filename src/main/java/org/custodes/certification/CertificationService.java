package org.custodes.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

import org.custodes.certification.application.CertificationApplicationDesk;
import org.custodes.certification.application.CertificationApplicationDetails;
import org.custodes.certification.application.CertificationApplicationSummary;
import org.custodes.certification.application.CertificationDocumentId;
import org.custodes.certification.application.CompanyAttestation;
import org.custodes.certification.application.DecideApplication;
import org.custodes.certification.application.OpenApplication;
import org.custodes.certification.application.ReviewChecklist;
import org.custodes.certification.application.StoredDocument;
import org.custodes.certification.application.UploadDocument;
import org.custodes.certification.body.BodyStatus;
import org.custodes.certification.body.CertificationBodies;
import org.custodes.certification.body.CertificationBodyDetails;
import org.custodes.certification.body.CertificationBodySaved;
import org.custodes.certification.body.CertificationBodyStatusChanged;
import org.custodes.certification.body.SaveCertificationBody;
import org.custodes.certification.certificate.BulkLoadResult;
import org.custodes.certification.certificate.CertificateDetails;
import org.custodes.certification.certificate.CertificateFile;
import org.custodes.certification.certificate.CertificateRegister;
import org.custodes.certification.certificate.CertificateRules;
import org.custodes.certification.certificate.CertificateSummary;
import org.custodes.certification.certificate.Certificates;
import org.custodes.certification.certificate.RecordCertificate;
import org.custodes.certification.cycle.RecordAudit;
import org.custodes.certification.standard.SaveStandard;
import org.custodes.certification.standard.StandardDetails;
import org.custodes.certification.standard.StandardSaved;
import org.custodes.certification.standard.Standards;
import org.custodes.organisation.OrganisationKind;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The certification module's only way in: recognised standards, accepted certification bodies, external
 * certificates (one by one or in bulk), companies' applications with their review and decision, and the public view
 * of certificates. Internal collaborators do the work; this class decides who may ask.
 */
@Service
@Transactional
public class CertificationService {

    private static final String ANY_CERTIFICATION = "hasAnyAuthority('certification:read', 'certification:manage', "
            + "'certification:enter-certificates', 'certification:apply')";
    private static final String CERTIFICATES = "hasAnyAuthority('certification:read', 'certification:manage', "
            + "'certification:enter-certificates')";
    private static final String ENTER = "hasAnyAuthority('certification:manage', 'certification:enter-certificates')";

    private final Standards standards;
    private final CertificationBodies bodies;
    private final Certificates certificates;
    private final CertificateRegister register;
    private final CertificationApplicationDesk desk;
    private final OrganisationService organisations;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CertificationService(Standards standards, CertificationBodies bodies, Certificates certificates,
            CertificateRegister register, CertificationApplicationDesk desk, OrganisationService organisations, ApplicationEventPublisher events,
            Clock clock) {
        this.standards = standards;
        this.bodies = bodies;
        this.certificates = certificates;
        this.register = register;
        this.desk = desk;
        this.organisations = organisations;
        this.events = events;
        this.clock = clock;
    }

    // Standards

    @PreAuthorize(ANY_CERTIFICATION)
    @Transactional(readOnly = true)
    public List<StandardDetails> standards() {
        return standards.all();
    }

    @PreAuthorize(ANY_CERTIFICATION)
    @Transactional(readOnly = true)
    public StandardDetails standard(StandardCode code) {
        return standards.find(code).orElseThrow(() -> new NotFound("standard", code));
    }

    @PreAuthorize("hasAuthority('certification:manage')")
    public void saveStandard(SaveStandard command) {
        if (command.name().isBlank()) {
            throw new CertificationRuleViolated("name", "certification.standard.name.required");
        }
        if (command.recognitionVersion().isBlank()) {
            throw new CertificationRuleViolated("recognitionVersion", "certification.standard.recognition.required");
        }
        if (command.recognisedOn().isAfter(LocalDate.now(clock))) {
            throw new CertificationRuleViolated("recognisedOn", "certification.standard.recognised.in-future");
        }
        standards.save(command, clock.instant());
        events.publishEvent(new StandardSaved(command.code(), command.recognitionVersion(), command.recognisedOn(),
                command.annexBItems().size(), command.active()));
    }

    // Certification bodies

    /**
     * Whether the caller sees every certification body's certificates and every application (the secretariat and
     * the board), rather than only their own body's or company's: pages offer the choices that go with it.
     */
    public boolean callerSeesEveryBody() {
        return CertificationAccess.secretariat();
    }

    @PreAuthorize(CERTIFICATES)
    @Transactional(readOnly = true)
    public List<CertificationBodyDetails> bodies() {
        return bodies.all();
    }

    @PreAuthorize(CERTIFICATES)
    @Transactional(readOnly = true)
    public CertificationBodyDetails body(OrganisationId body) {
        CertificationAccess.requireBody(body, body);
        return bodies.find(body).orElseThrow(() -> new NotFound("certification body", body));
    }

    @PreAuthorize("hasAuthority('certification:manage')")
    public void saveBody(SaveCertificationBody command) {
        var organisation = organisations.find(command.organisation())
                .filter(o -> o.kind() == OrganisationKind.CERTIFICATION_BODY)
                .orElseThrow(() -> new CertificationRuleViolated("organisation", "certification.body.not-a-body"));
        if (command.accreditationBody().isBlank()) {
            throw new CertificationRuleViolated("accreditationBody", "certification.body.accreditation.required");
        }
        if (!command.iafMlaSignatory()) {
            throw new CertificationRuleViolated("iafMlaSignatory", "certification.body.iaf-mla.required");
        }
        if (command.standards().isEmpty()) {
            throw new CertificationRuleViolated("standards", "certification.body.standards.required");
        }
        for (var standard : command.standards()) {
            if (standards.find(standard).isEmpty()) {
                throw new CertificationRuleViolated("standards", "certification.certificate.standard.not-recognised", standard);
            }
        }
        if (command.acceptedUntil() != null && command.acceptedUntil().isBefore(command.acceptedFrom())) {
            throw new CertificationRuleViolated("acceptedUntil", "certification.body.accepted-until.before-from");
        }
        bodies.save(command, organisation.legalName(), LocalDate.now(clock), clock.instant());
        events.publishEvent(new CertificationBodySaved(command.organisation(), command.route(), command.standards(),
                command.acceptedFrom()));
    }

    /** Suspends, withdraws or restores a body's acceptance; a withdrawal starts the grace period of its certificates. */
    @PreAuthorize("hasAuthority('certification:manage')")
    public void changeBodyStatus(OrganisationId body, BodyStatus status, LocalDate effectiveOn) {
        var current = bodies.find(body).orElseThrow(() -> new NotFound("certification body", body));
        if (current.status() == status) {
            return;
        }
        if (effectiveOn.isAfter(LocalDate.now(clock))) {
            throw new CertificationRuleViolated("effectiveOn", "certification.body.status.in-future");
        }
        bodies.changeStatus(body, status, effectiveOn, clock.instant());
        events.publishEvent(new CertificationBodyStatusChanged(body, current.status(), status, effectiveOn));
    }

    // External certificates

    @PreAuthorize(ENTER)
    public CertificateId recordCertificate(RecordCertificate command) {
        return new CertificateId(register.record(command).id());
    }

    /** Records every certificate or, when any of them is wrong, none (see {@link BulkLoadRefused#problems()}). */
    @PreAuthorize(ENTER)
    public BulkLoadResult loadCertificates(List<RecordCertificate> commands) {
        return register.recordAll(commands, IntStream.rangeClosed(1, commands.size()).boxed().toList(), List.of());
    }

    /** A CSV or XLSX file of certificates, all saved or none (see {@link CertificateFile} for its columns). */
    @PreAuthorize(ENTER)
    public BulkLoadResult importCertificates(String fileName, byte[] content) {
        var contents = CertificateFile.read(fileName, content, this::bodyByName);
        return register.recordAll(contents.certificates(), contents.rowNumbers(), contents.problems());
    }

    private Optional<OrganisationId> bodyByName(String name) {
        return bodies.all().stream().filter(b -> b.legalName().equalsIgnoreCase(name.strip()))
                .map(CertificationBodyDetails::organisation).findFirst();
    }

    /** The secretariat sees every certificate; a body's auditor sees its own body's. */
    @PreAuthorize(CERTIFICATES)
    @Transactional(readOnly = true)
    public PageResult<CertificateSummary> certificates(PageQuery query) {
        return certificates.page(query, CertificationAccess.bodyScope().orElse(null), false);
    }

    @PreAuthorize(CERTIFICATES)
    @Transactional(readOnly = true)
    public CertificateDetails certificate(CertificateId id) {
        var details = certificates.details(id.value()).orElseThrow(() -> new NotFound("certificate", id));
        CertificationAccess.requireBody(details.summary().certificationBody(), id);
        return details;
    }

    @PreAuthorize(ENTER)
    public void recordAudit(CertificateId id, RecordAudit audit) {
        var details = certificate(id);
        var problems = CertificateRules.checkAudit(audit, "", details.summary().currentIssueDate(),
                details.summary().expiryDate(), LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw problems.getFirst().toViolation();
        }
        register.recordAudit(id.value(), audit);
    }

    @PreAuthorize(ENTER)
    public void changeCertificateStatus(CertificateId id, CertificateStatus status, LocalDate effectiveOn) {
        var details = certificate(id);
        if (effectiveOn.isAfter(LocalDate.now(clock)) || effectiveOn.isBefore(details.summary().currentIssueDate())) {
            throw new CertificationRuleViolated("effectiveOn", "certification.certificate.status-date.out-of-range");
        }
        if (status == CertificateStatus.EXPIRED && !effectiveOn.isAfter(details.summary().expiryDate())) {
            throw new CertificationRuleViolated("status", "certification.certificate.status.expired-too-early");
        }
        register.changeStatus(id.value(), status, effectiveOn);
    }

    /** A company's own certificates, to choose the one it applies with. */
    @PreAuthorize("hasAuthority('certification:apply')")
    @Transactional(readOnly = true)
    public List<CertificateSummary> ownCertificates() {
        return certificates.ofCompany(CertificationAccess.ownOrganisation());
    }

    /** Certificates the bulk loads could not match to a member company, for the secretariat to match by hand. */
    @PreAuthorize("hasAuthority('certification:manage')")
    @Transactional(readOnly = true)
    public PageResult<CertificateSummary> unmatchedCertificates(PageQuery query) {
        return certificates.page(query, null, true);
    }

    @PreAuthorize("hasAuthority('certification:manage')")
    public void matchCertificate(CertificateId id, OrganisationId company) {
        var summary = certificates.summary(id.value()).orElseThrow(() -> new NotFound("certificate", id));
        if (summary.company() != null) {
            throw new CertificationRuleViolated("company", "certification.certificate.already-matched");
        }
        organisations.find(company).filter(o -> o.kind() == OrganisationKind.COMPANY)
                .orElseThrow(() -> new CertificationRuleViolated("company", "certification.certificate.company.not-a-company"));
        register.match(id.value(), company);
    }

    /** The secretariat's company picker for matching: a member company by its legal name (case-insensitive). */
    @PreAuthorize("hasAuthority('certification:manage')")
    @Transactional(readOnly = true)
    public Optional<OrganisationId> companyByLegalName(String legalName) {
        return organisations.findByLegalName(legalName.strip()).filter(o -> o.kind() == OrganisationKind.COMPANY)
                .map(o -> o.id());
    }

    // CertificationApplications

    private static final String APPLICATIONS = "hasAnyAuthority('certification:read', 'certification:manage', "
            + "'certification:apply')";

    /** A company applies for certification on one of its own active certificates. */
    @PreAuthorize("hasAuthority('certification:apply')")
    public CertificationId openApplication(OpenApplication command) {
        return desk.open(command);
    }

    @PreAuthorize("hasAuthority('certification:apply')")
    public CertificationDocumentId uploadDocument(CertificationId application, UploadDocument upload) {
        return desk.upload(application, upload);
    }

    @PreAuthorize("hasAuthority('certification:apply')")
    public void submitApplication(CertificationId application) {
        desk.submit(application);
    }

    @PreAuthorize("hasAuthority('certification:apply')")
    public void answerInformationRequest(CertificationId application, String answer) {
        desk.answer(application, answer);
    }

    /** The secretariat sees every application; a company sees its own. */
    @PreAuthorize(APPLICATIONS)
    @Transactional(readOnly = true)
    public PageResult<CertificationApplicationSummary> applications(PageQuery query) {
        return desk.page(query);
    }

    @PreAuthorize(APPLICATIONS)
    @Transactional(readOnly = true)
    public CertificationApplicationDetails application(CertificationId application) {
        return desk.details(application);
    }

    /** A file of an application, only for the company that sent it and the secretariat. */
    @PreAuthorize(APPLICATIONS)
    @Transactional(readOnly = true)
    public StoredDocument document(CertificationId application, CertificationDocumentId document) {
        return desk.document(application, document);
    }

    @PreAuthorize("hasAnyAuthority('certification:read', 'certification:manage')")
    @Transactional(readOnly = true)
    public ReviewChecklist checklist(CertificationId application) {
        return desk.checklist(application);
    }

    @PreAuthorize("hasAuthority('certification:manage')")
    public void requestInformation(CertificationId application, String question) {
        desk.requestInformation(application, question);
    }

    /** Certifies (publishing {@link CompanyCertified}) or refuses (publishing {@link CertificationRefused}). */
    @PreAuthorize("hasAuthority('certification:manage')")
    public void decide(CertificationId application, DecideApplication command) {
        desk.decide(application, command);
    }

    // Public view

    /** A certificate as anyone may see it; empty when it does not exist or is not matched to a member company. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<PublicCertificate> publicCertificate(CertificateId id) {
        var today = LocalDate.now(clock);
        return certificates.summary(id.value()).filter(s -> s.company() != null)
                .map(s -> certificates.toPublic(s, standardName(s.standard()), statusOn(s, today), id.value()));
    }

    /**
     * A company's certificates as they stood on a date (number, standard, body, status, issue and expiry dates), for
     * the public directory. Certificates issued after that date are left out.
     */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public List<PublicCertificate> publicCertificatesOf(OrganisationId company, LocalDate asOf) {
        var result = new ArrayList<PublicCertificate>();
        for (var summary : certificates.ofCompany(company)) {
            if (!asOf.isBefore(summary.currentIssueDate())) {
                result.add(certificates.toPublic(summary, standardName(summary.standard()), statusOn(summary, asOf),
                        summary.id().value()));
            }
        }
        return result;
    }

    /** The company's current certifications, for its public attestation; empty when it holds none. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public Optional<CompanyAttestation> attestationOf(OrganisationId company) {
        var today = LocalDate.now(clock);
        var entries = new ArrayList<CompanyAttestation.Certification>();
        for (var application : desk.certifiedOf(company)) {
            var certificate = certificates.summary(application.certificate()).orElseThrow();
            if (certificate.status() == CertificateStatus.ACTIVE && !today.isAfter(certificate.expiryDate())) {
                entries.add(new CompanyAttestation.Certification(new CertificationId(application.id()),
                        standardName(certificate.standard()), certificate.number(), certificate.certificationBodyName(),
                        java.util.Objects.requireNonNull(application.decidedOn()), certificate.expiryDate(),
                        java.util.Objects.requireNonNullElse(application.decisionReference(), "")));
            }
        }
        if (entries.isEmpty()) {
            return Optional.empty();
        }
        var name = organisations.find(company).map(o -> o.legalName()).orElse("");
        return Optional.of(new CompanyAttestation(company, name, today, entries));
    }

    private CertificateStatus statusOn(CertificateSummary summary, LocalDate date) {
        if (date.isAfter(summary.expiryDate())) {
            return CertificateStatus.EXPIRED;
        }
        return certificates.statusOn(summary.id().value(), date).orElse(summary.status());
    }

    private String standardName(StandardCode code) {
        return standards.find(code).map(StandardDetails::name).orElse(code.value());
    }
}
