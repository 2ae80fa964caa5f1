package org.custodes.certification;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.custodes.certification.application.ChecklistItem;
import org.custodes.certification.application.DecideApplication;
import org.custodes.certification.application.Decision;
import org.custodes.certification.application.DocumentKind;
import org.custodes.certification.application.OpenApplication;
import org.custodes.certification.application.UploadDocument;
import org.custodes.certification.body.AccreditationRoute;
import org.custodes.certification.body.CertificationBodies;
import org.custodes.certification.body.SaveCertificationBody;
import org.custodes.certification.certificate.RecordCertificate;
import org.custodes.certification.cycle.AuditType;
import org.custodes.certification.cycle.Nonconformity;
import org.custodes.certification.cycle.NonconformityGrade;
import org.custodes.certification.cycle.RecordAudit;
import org.custodes.certification.cycle.Redaction;
import org.custodes.organisation.OrganisationService;
import org.custodes.organisation.SecurityService;
import org.custodes.shared.Actor;
import org.custodes.shared.CountryCode;
import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.custodes.shared.UserId;
import org.openpdf.text.Document;
import org.openpdf.text.Paragraph;
import org.openpdf.text.pdf.PdfWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.core.annotation.Order;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Demo certification data: the two demo certification bodies accepted, a certificate in every status for the demo
 * companies, one certificate the secretariat still has to match, one certified company and one application awaiting
 * review. It runs once the application is ready, that is after the organisations of the demo exist, and only once.
 */
@Component
@ConditionalOnProperty(name = "custodes.demo.enabled", havingValue = "true")
class DemoCertification {

    static final String MERIDIAN = "Meridian Certification Services";
    static final String NORDIC = "Nordic Assurance Register";
    private static final Logger log = LoggerFactory.getLogger(DemoCertification.class);
    private static final StandardCode PSC1 = new StandardCode("PSC1-2012");
    private static final StandardCode ISO18788 = new StandardCode("ISO18788-2015");
    private static final StandardCode ISO28007 = new StandardCode("ISO28007-1-2015");

    private final CertificationService certification;
    private final OrganisationService organisations;
    private final CertificationBodies bodies;
    private final Clock clock;

    DemoCertification(CertificationService certification, OrganisationService organisations, CertificationBodies bodies,
            Clock clock) {
        this.certification = certification;
        this.organisations = organisations;
        this.bodies = bodies;
        this.clock = clock;
    }

    /** The acting organisation and permissions of the demo loader, like a signed-in user of that organisation. */
    private record DemoActor(OrganisationId organisationId, Set<String> permissions) implements Actor {
        @Override
        public UserId userId() {
            return new UserId(new java.util.UUID(0, 0));
        }

        @Override
        public boolean can(String permission) {
            return permissions.contains(permission);
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(20) // demo loaders run in dependency order: contacts, membership, certification, complaints
    void load() {
        var meridian = organisations.findByLegalName(MERIDIAN);
        var nordic = organisations.findByLegalName(NORDIC);
        if (meridian.isEmpty() || nordic.isEmpty() || bodies.find(meridian.get().id()).isPresent()) {
            return;
        }
        var secretariat = organisations.findByLegalName("Custodes Oversight Association").map(o -> o.id())
                .orElse(meridian.get().id());
        as(secretariat, Set.of(CertificationAccess.MANAGE, CertificationAccess.READ), () -> loadAsSecretariat(meridian.get().id(), nordic.get().id()));
        // Sentinel is the demo's certified member; Aegis, a member still working towards certification, has none.
        var sentinel = company("Sentinel Maritime Services S.A.");
        var kilimanjaro = company("Kilimanjaro Guarding Company Ltd");
        var sentinelApplication = as(sentinel, Set.of(CertificationAccess.APPLY), () -> apply(sentinel, "compliance@sentinelmaritime.example"));
        as(company("Kilimanjaro Guarding Company Ltd"), Set.of(CertificationAccess.APPLY),
                () -> apply(kilimanjaro, "certification@kilimanjaroguarding.example"));
        as(secretariat, Set.of(CertificationAccess.MANAGE, CertificationAccess.READ), () -> {
            certification.decide(sentinelApplication, new DecideApplication(Decision.CERTIFIED, "SEC-CERT-2026-014",
                    "All recognised-standard and Annex B requirements met.", Set.of(ChecklistItem.values())));
            return null;
        });
        log.info("Demo certification data loaded: 2 certification bodies, 7 certificates, 2 applications");
    }

    private Void loadAsSecretariat(OrganisationId meridian, OrganisationId nordic) {
        certification.saveBody(new SaveCertificationBody(meridian, AccreditationRoute.DIRECT,
                "United Kingdom Accreditation Service (UKAS)", true, Set.of(PSC1, ISO18788, ISO28007),
                LocalDate.of(2017, 1, 1), null, "certificates@meridiancert.example"));
        certification.saveBody(new SaveCertificationBody(nordic, AccreditationRoute.ISO_17021_WITH_COMPETENCY_CHECK,
                "Norsk akkreditering", true, Set.of(PSC1, ISO18788, ISO28007), LocalDate.of(2019, 6, 1), null,
                "registry@nordicassurance.example"));
        var today = LocalDate.now(clock);
        var aegisIssued = today.minusMonths(14);
        certificate("MCS-PSC1-0417", PSC1, meridian, "Aegis Shield Security Ltd", "GB;IQ;KE", "London HQ; Erbil; Nairobi",
                aegisIssued, CertificateStatus.ACTIVE, List.of(
                        audit(AuditType.STAGE_1, aegisIssued.minusDays(60), "Documentation ready for stage 2"),
                        new RecordAudit(AuditType.STAGE_2, aegisIssued.minusDays(20), "Recommended for certification",
                                List.of(new Nonconformity(NonconformityGrade.MAJOR,
                                        "Weapons issue log not reconciled at the Erbil site",
                                        "Daily reconciliation signed by the site manager", aegisIssued.minusDays(5)),
                                        new Nonconformity(NonconformityGrade.MINOR,
                                                "Grievance forms only in English at the Nairobi site",
                                                "Translate forms into Swahili", null))),
                        audit(AuditType.SURVEILLANCE_1, aegisIssued.plusYears(1).minusDays(10), "Certificate maintained")),
                SecurityService.STATIC_GUARDING, SecurityService.CLOSE_PROTECTION);
        var sentinelIssued = today.minusYears(3).plusDays(60);
        certificate("NAR-28007-0093", ISO28007, nordic, "Sentinel Maritime Services S.A.", "GR;DJ;OM",
                "Piraeus office; floating armouries in the Gulf of Oman", sentinelIssued, CertificateStatus.ACTIVE, List.of(
                        audit(AuditType.STAGE_2, sentinelIssued.minusDays(15), "Recommended for certification"),
                        audit(AuditType.SURVEILLANCE_1, sentinelIssued.plusYears(1).minusDays(12), "Certificate maintained"),
                        audit(AuditType.SURVEILLANCE_2, sentinelIssued.plusYears(2).minusDays(7), "Certificate maintained")),
                SecurityService.MARITIME_SECURITY, SecurityService.TRAINING);
        certificate("MCS-18788-0231", ISO18788, meridian, "Atlas Protection SARL", "FR;ML;SN;CI", "Paris; Bamako; Dakar",
                today.minusMonths(20), CertificateStatus.SUSPENDED, List.of(),
                SecurityService.STATIC_GUARDING, SecurityService.RISK_CONSULTING);
        var kilimanjaroIssued = today.minusMonths(5);
        certificate("NAR-18788-0158", ISO18788, nordic, "Kilimanjaro Guarding Company Ltd", "KE;UG;TZ",
                "Nairobi; Kampala; Dar es Salaam", kilimanjaroIssued, CertificateStatus.ACTIVE, List.of(
                        audit(AuditType.STAGE_1, kilimanjaroIssued.minusDays(45), "Ready for stage 2"),
                        audit(AuditType.STAGE_2, kilimanjaroIssued.minusDays(10), "Recommended for certification")),
                SecurityService.STATIC_GUARDING, SecurityService.DOG_HANDLING, SecurityService.CASH_IN_TRANSIT);
        certificate("MCS-PSC1-0122", PSC1, meridian, "Andes Seguridad Integral S.A.S.", "CO;PE;EC", "Bogotá; Lima",
                today.minusYears(4), CertificateStatus.EXPIRED, List.of(),
                SecurityService.CONVOY_AND_ESCORT, SecurityService.STATIC_GUARDING);
        certificate("NAR-PSC1-0077", PSC1, nordic, "Al-Noor Security Services LLC", "AE;IQ;SO", "Dubai; Basra; Mogadishu",
                today.minusMonths(26), CertificateStatus.WITHDRAWN, List.of(),
                SecurityService.CLOSE_PROTECTION, SecurityService.CONVOY_AND_ESCORT, SecurityService.TRAINING);
        certificate("NAR-18788-0190", ISO18788, nordic, "Horizon Guard Services Ltd", "KE", "Mombasa",
                today.minusMonths(3), CertificateStatus.ACTIVE, List.of(), SecurityService.STATIC_GUARDING);
        return null;
    }

    private void certificate(String number, StandardCode standard, OrganisationId body, String company, String countries,
            String sites, LocalDate issued, CertificateStatus status, List<RecordAudit> audits,
            SecurityService... services) {
        certification.recordCertificate(new RecordCertificate(number, standard, body, null, company, Set.of(services),
                Arrays.stream(countries.split(";")).map(CountryCode::new).collect(Collectors.toSet()), sites, null, issued,
                null, "", status, audits));
    }

    private static RecordAudit audit(AuditType type, LocalDate date, String outcome) {
        return new RecordAudit(type, date, outcome, List.of());
    }

    private CertificationId apply(OrganisationId company, String contact) {
        var certificate = certification.ownCertificates().stream().filter(c -> c.status() == CertificateStatus.ACTIVE)
                .findFirst().orElseThrow();
        var application = certification.openApplication(new OpenApplication(certificate.id(), contact, Language.EN));
        upload(application, DocumentKind.CERTIFICATE, null, "certificate.pdf", "Certificate " + certificate.number(), List.of());
        upload(application, DocumentKind.AUDIT_REPORT, null, "stage-2-report.pdf", "Stage 2 audit report",
                List.of(new Redaction("p. 7, names of local guards", "Personal data of employees not needed for the review")));
        upload(application, DocumentKind.CORRECTIVE_ACTION_PLAN, null, "corrective-action-plan.pdf",
                "Corrective action plan and follow-up", List.of());
        upload(application, DocumentKind.RISK_ASSESSMENT_MODEL, null, "human-rights-risk-model.pdf",
                "Human-rights risk-assessment model", List.of());
        var items = certification.standard(certificate.standard()).annexBItems();
        for (int item = 1; item <= items.size(); item++) {
            upload(application, DocumentKind.ANNEX_B_ITEM, item, "annex-b-" + item + ".pdf", items.get(item - 1), List.of());
        }
        certification.submitApplication(application);
        return application;
    }

    private void upload(CertificationId application, DocumentKind kind, Integer item, String name, String text,
            List<Redaction> redactions) {
        certification.uploadDocument(application, new UploadDocument(kind, item, name, pdf(text), redactions));
    }

    private static byte[] pdf(String text) {
        var out = new ByteArrayOutputStream();
        var document = new Document();
        PdfWriter.getInstance(document, out);
        document.open();
        document.add(new Paragraph("Demo document — " + text));
        document.close();
        return out.toByteArray();
    }

    private OrganisationId company(String legalName) {
        return organisations.findByLegalName(legalName).orElseThrow().id();
    }

    private static <T> T as(OrganisationId organisation, Set<String> permissions, java.util.function.Supplier<T> work) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                new DemoActor(organisation, permissions), null,
                AuthorityUtils.createAuthorityList(permissions.toArray(String[]::new))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
