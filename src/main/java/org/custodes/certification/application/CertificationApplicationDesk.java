package org.custodes.certification.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.custodes.certification.CertificateId;
import org.custodes.certification.CertificateStatus;
import org.custodes.certification.CertificationAccess;
import org.custodes.certification.CertificationId;
import org.custodes.certification.CertificationRefused;
import org.custodes.certification.CertificationRuleViolated;
import org.custodes.certification.CertificationSettings;
import org.custodes.certification.CompanyCertified;
import org.custodes.certification.body.CertificationBodies;
import org.custodes.certification.certificate.CertificateSummary;
import org.custodes.certification.certificate.Certificates;
import org.custodes.certification.standard.StandardDetails;
import org.custodes.certification.standard.Standards;
import org.custodes.organisation.OrganisationService;
import org.custodes.shared.NotFound;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.PageQuery;
import org.custodes.shared.PageResult;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The life of a certification application: the company opens it on its certificate, adds its files and submits;
 * the secretariat reviews, asks for information (answered in the same application) and decides. Runs inside the
 * facade's transaction; a company only ever reaches its own applications, anyone else but the secretariat gets 404.
 */
@Component
public class CertificationApplicationDesk {

    private static final int MAX_TEXT = 10_000;

    private final CertificationApplications applications;
    private final Certificates certificates;
    private final CertificationBodies bodies;
    private final Standards standards;
    private final OrganisationService organisations;
    private final CertificationSettings settings;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CertificationApplicationDesk(CertificationApplications applications, Certificates certificates, CertificationBodies bodies, Standards standards,
            OrganisationService organisations, CertificationSettings settings, ApplicationEventPublisher events,
            Clock clock) {
        this.applications = applications;
        this.certificates = certificates;
        this.bodies = bodies;
        this.standards = standards;
        this.organisations = organisations;
        this.settings = settings;
        this.events = events;
        this.clock = clock;
    }

    public CertificationId open(OpenApplication command) {
        var company = CertificationAccess.ownOrganisation();
        var certificate = certificates.summary(command.certificate().value())
                .filter(c -> company.equals(c.company()))
                .orElseThrow(() -> new NotFound("certificate", command.certificate()));
        if (certificate.status() != CertificateStatus.ACTIVE) {
            throw new CertificationRuleViolated("certificate", "certification.application.certificate-not-active");
        }
        if (applications.hasOpenApplication(certificate.id().value())) {
            throw new CertificationRuleViolated("certificate", "certification.application.already-open");
        }
        if (!command.contactEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new CertificationRuleViolated("contactEmail", "certification.application.contact-email.invalid");
        }
        var id = UUID.randomUUID();
        applications.insert(id, company, certificate.id().value(), command.contactEmail().strip(),
                command.contactLanguage(), clock.instant());
        return new CertificationId(id);
    }

    /** The application if the caller may see it: the secretariat always, a company only its own. */
    CertificationApplications.Stored visible(CertificationId id) {
        var application = applications.find(id.value()).orElseThrow(() -> new NotFound("application", id));
        if (!CertificationAccess.secretariat() && !application.company().equals(CertificationAccess.ownOrganisation())) {
            throw new NotFound("application", id);
        }
        return application;
    }

    private CertificationApplications.Stored ownEditable(CertificationId id) {
        var application = visible(id);
        if (CertificationAccess.secretariat() && !application.company().equals(CertificationAccess.ownOrganisation())) {
            throw new NotFound("application", id);
        }
        if (application.status() != CertificationApplicationStatus.DRAFT
                && application.status() != CertificationApplicationStatus.INFORMATION_REQUESTED) {
            throw new CertificationRuleViolated("status", "certification.application.not-editable");
        }
        return application;
    }

    public CertificationDocumentId upload(CertificationId id, UploadDocument upload) {
        var application = ownEditable(id);
        var contentType = UploadCheck.contentType(upload.fileName(), upload.content());
        if (upload.kind() == DocumentKind.ANNEX_B_ITEM) {
            int items = annexBItems(application).size();
            if (upload.annexBItem() == null || upload.annexBItem() < 1 || upload.annexBItem() > items) {
                throw new CertificationRuleViolated("annexBItem", "certification.upload.annex-b-item");
            }
        }
        for (var redaction : upload.redactions()) {
            if (redaction.location().isBlank() || redaction.justification().isBlank()) {
                throw new CertificationRuleViolated("redactions", "certification.upload.redaction-unjustified");
            }
        }
        if (!upload.redactions().isEmpty() && upload.kind() != DocumentKind.AUDIT_REPORT) {
            throw new CertificationRuleViolated("redactions", "certification.upload.redactions-only-in-reports");
        }
        var document = UUID.randomUUID();
        applications.insertDocument(document, application.id(), upload, UploadCheck.safeName(upload.fileName()),
                contentType, clock.instant());
        return new CertificationDocumentId(document);
    }

    public void submit(CertificationId id) {
        var application = ownEditable(id);
        if (application.status() != CertificationApplicationStatus.DRAFT) {
            throw new CertificationRuleViolated("status", "certification.application.not-editable");
        }
        var documents = applications.documents(application.id());
        var present = EnumSet.noneOf(DocumentKind.class);
        documents.forEach(d -> present.add(d.kind()));
        for (var required : DocumentKind.REQUIRED) {
            if (!present.contains(required)) {
                throw new CertificationRuleViolated("documents", "certification.application.document-missing",
                        required.name());
            }
        }
        int items = annexBItems(application).size();
        for (int item = 1; item <= items; item++) {
            final int wanted = item;
            if (documents.stream().noneMatch(d -> d.kind() == DocumentKind.ANNEX_B_ITEM
                    && Integer.valueOf(wanted).equals(d.annexBItem()))) {
                throw new CertificationRuleViolated("documents", "certification.application.annex-b-missing", wanted);
            }
        }
        applications.changeStatus(application.id(), CertificationApplicationStatus.SUBMITTED, clock.instant());
        events.publishEvent(new ApplicationSubmitted(id, application.company(), new CertificateId(application.certificate())));
    }

    public void requestInformation(CertificationId id, String question) {
        var application = visible(id);
        requireStatus(application, CertificationApplicationStatus.SUBMITTED);
        applications.addMessage(application.id(), ApplicationMessage.Author.SECRETARIAT, text("question", question),
                clock.instant());
        applications.changeStatus(application.id(), CertificationApplicationStatus.INFORMATION_REQUESTED, null);
        events.publishEvent(new InformationRequested(id, application.company()));
    }

    public void answer(CertificationId id, String answer) {
        var application = ownEditable(id);
        requireStatus(application, CertificationApplicationStatus.INFORMATION_REQUESTED);
        applications.addMessage(application.id(), ApplicationMessage.Author.COMPANY, text("answer", answer),
                clock.instant());
        applications.changeStatus(application.id(), CertificationApplicationStatus.SUBMITTED, clock.instant());
        events.publishEvent(new ApplicationSubmitted(id, application.company(), new CertificateId(application.certificate())));
    }

    public ReviewChecklist checklist(CertificationId id) {
        var application = visible(id);
        var certificate = certificates.details(application.certificate()).orElseThrow();
        var body = bodies.find(certificate.summary().certificationBody()).orElseThrow();
        var company = organisations.get(application.company());
        return ReviewChecklistPolicy.compute(certificate, body, company, applications.documents(application.id()),
                annexBItems(application).size(), LocalDate.now(clock), settings.withdrawalGrace());
    }

    public void decide(CertificationId id, DecideApplication command) {
        var application = visible(id);
        requireStatus(application, CertificationApplicationStatus.SUBMITTED);
        if (command.decisionReference().isEmpty() || command.decisionReference().length() > 100) {
            throw new CertificationRuleViolated("decisionReference", "certification.decision.reference.required");
        }
        var certificate = certificates.summary(application.certificate()).orElseThrow();
        var today = LocalDate.now(clock);
        if (command.decision() == Decision.CERTIFIED) {
            var unconfirmed = EnumSet.allOf(ChecklistItem.class);
            unconfirmed.removeAll(command.confirmedChecks());
            if (!unconfirmed.isEmpty()) {
                throw new CertificationRuleViolated("confirmedChecks", "certification.decision.unconfirmed",
                        unconfirmed.iterator().next().name());
            }
            if (certificate.status() != CertificateStatus.ACTIVE || today.isAfter(certificate.expiryDate())) {
                throw new CertificationRuleViolated("decision", "certification.application.certificate-not-active");
            }
            applications.decide(application.id(), CertificationApplicationStatus.CERTIFIED, today, command.decisionReference(),
                    command.reasons(), command.confirmedChecks());
            events.publishEvent(new CompanyCertified(application.company(), id, certificate.standard(), certificate.id(),
                    today, certificate.expiryDate(), command.decisionReference()));
        } else {
            if (command.reasons().isEmpty()) {
                throw new CertificationRuleViolated("reasons", "certification.decision.reasons.required");
            }
            applications.decide(application.id(), CertificationApplicationStatus.REFUSED, today, command.decisionReference(),
                    text("reasons", command.reasons()), command.confirmedChecks());
            events.publishEvent(new CertificationRefused(application.company(), id, certificate.standard(),
                    certificate.id(), today, command.reasons(), command.decisionReference()));
        }
    }

    public CertificationApplicationDetails details(CertificationId id) {
        var application = visible(id);
        var certificate = certificates.summary(application.certificate()).orElseThrow();
        return new CertificationApplicationDetails(summary(application, certificate), certificate, application.contactEmail(),
                annexBItems(application), applications.documents(application.id()),
                applications.messages(application.id()), application.decidedOn(), application.decisionReference(),
                application.decisionReasons(), application.confirmedChecks(), application.lapsedOn(),
                application.lapseReason());
    }

    /** Files are for the company that sent them and the secretariat that reviews them; the board reads no files. */
    public StoredDocument document(CertificationId id, CertificationDocumentId document) {
        var application = visible(id);
        if (!CertificationAccess.has(CertificationAccess.MANAGE) && !application.company().equals(CertificationAccess.ownOrganisation())) {
            throw new NotFound("document", document);
        }
        return applications.document(application.id(), document.value())
                .orElseThrow(() -> new NotFound("document", document));
    }

    public PageResult<CertificationApplicationSummary> page(PageQuery query) {
        OrganisationId company = CertificationAccess.secretariat() ? null : CertificationAccess.ownOrganisation();
        return applications.page(query, company).map(application ->
                summary(application, certificates.summary(application.certificate()).orElseThrow()));
    }

    public List<CertificationApplications.Stored> certifiedOf(OrganisationId company) {
        return applications.certifiedOf(company);
    }

    private CertificationApplicationSummary summary(CertificationApplications.Stored application, CertificateSummary certificate) {
        var companyName = organisations.find(application.company()).map(o -> o.legalName())
                .orElse(certificate.companyName());
        return new CertificationApplicationSummary(new CertificationId(application.id()), application.company(), companyName,
                certificate.id(), certificate.number(), certificate.standard(), application.status(),
                application.submittedAt());
    }

    private List<String> annexBItems(CertificationApplications.Stored application) {
        var certificate = certificates.summary(application.certificate()).orElseThrow();
        return standards.find(certificate.standard()).map(StandardDetails::annexBItems).orElse(List.of());
    }

    private static void requireStatus(CertificationApplications.Stored application, CertificationApplicationStatus status) {
        if (application.status() != status) {
            throw new CertificationRuleViolated("status", "certification.application.wrong-status",
                    application.status().name());
        }
    }

    private static String text(String field, String value) {
        var text = value.strip();
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw new CertificationRuleViolated(field, "certification.application.text.length", MAX_TEXT);
        }
        return text;
    }
}
