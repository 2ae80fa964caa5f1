package org.custodes.certification.certificate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.custodes.certification.CertificateId;
import org.custodes.certification.CertificateStatus;
import org.custodes.certification.CertificationAccess;
import org.custodes.certification.LapseReason;
import org.custodes.certification.body.CertificationBodies;
import org.custodes.certification.cycle.AuditRecorded;
import org.custodes.certification.cycle.Lapses;
import org.custodes.certification.cycle.NonconformityGrade;
import org.custodes.certification.cycle.RecordAudit;
import org.custodes.certification.standard.Standards;
import org.custodes.organisation.OrganisationKind;
import org.custodes.organisation.OrganisationService;
import org.custodes.organisation.OrganisationSummary;
import org.custodes.shared.OrganisationId;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Records external certificates, one at a time or in bulk: checks them all, then saves them, keyed by
 * (certification body, certificate number) so that sending a certificate again updates it. Runs inside the facade's
 * transaction, so a refused bulk load leaves nothing behind.
 */
@Component
public class CertificateRegister {

    public record Saved(UUID id, boolean created, boolean matched) {
    }

    private final Certificates certificates;
    private final Standards standards;
    private final CertificationBodies bodies;
    private final OrganisationService organisations;
    private final Lapses lapses;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CertificateRegister(Certificates certificates, Standards standards, CertificationBodies bodies,
            OrganisationService organisations, Lapses lapses, ApplicationEventPublisher events, Clock clock) {
        this.certificates = certificates;
        this.standards = standards;
        this.bodies = bodies;
        this.organisations = organisations;
        this.lapses = lapses;
        this.events = events;
        this.clock = clock;
    }

    CertificateRules.Lookups lookups() {
        return new CertificateRules.Lookups(standards::find, bodies::find, organisations::find);
    }

    /** The certificate as the caller may send it: an auditor's certificates always belong to the auditor's body. */
    RecordCertificate forCaller(RecordCertificate command, List<CertificateRules.FieldProblem> problems) {
        var scope = CertificationAccess.bodyScope();
        if (scope.isEmpty()) {
            return command;
        }
        if (command.certificationBody() != null && !command.certificationBody().equals(scope.get())) {
            problems.add(new CertificateRules.FieldProblem("certificationBody", "certification.certificate.body.not-yours"));
        }
        return command.withCertificationBody(scope.get());
    }

    List<CertificateRules.FieldProblem> check(RecordCertificate command) {
        var problems = new ArrayList<CertificateRules.FieldProblem>();
        var own = forCaller(command, problems);
        problems.addAll(CertificateRules.check(own, lookups(), LocalDate.now(clock)));
        return problems;
    }

    public Saved record(RecordCertificate command) {
        var problems = check(command);
        if (!problems.isEmpty()) {
            throw problems.getFirst().toViolation();
        }
        return save(forCaller(command, new ArrayList<>()));
    }

    /** Checks every certificate, then saves them all or, if anything is wrong, none; rows number the problems. */
    public BulkLoadResult recordAll(List<RecordCertificate> commands, List<Integer> rows, List<CertificateImportProblem> parseProblems) {
        var problems = new ArrayList<>(parseProblems);
        var keys = new HashSet<String>();
        for (int i = 0; i < commands.size(); i++) {
            var command = commands.get(i);
            int row = rows.get(i);
            check(command).forEach(p -> problems.add(new CertificateImportProblem(row, p.field(), p.messageKey(), p.arguments())));
            var body = forCaller(command, new ArrayList<>()).certificationBody();
            var key = body + "/" + command.certificateNumber().toLowerCase(Locale.ROOT);
            if (!command.certificateNumber().isEmpty() && !keys.add(key)) {
                problems.add(new CertificateImportProblem(row, "certificateNumber", "certification.bulk.duplicate",
                        List.of(command.certificateNumber())));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(java.util.Comparator.comparingInt(CertificateImportProblem::row));
            throw new BulkLoadRefused(problems);
        }
        int created = 0;
        var ids = new ArrayList<CertificateId>();
        var unmatched = new ArrayList<CertificateId>();
        for (var command : commands) {
            var saved = save(forCaller(command, new ArrayList<>()));
            created += saved.created() ? 1 : 0;
            ids.add(new CertificateId(saved.id()));
            if (!saved.matched()) {
                unmatched.add(new CertificateId(saved.id()));
            }
        }
        return new BulkLoadResult(created, commands.size() - created, ids, unmatched);
    }

    private Saved save(RecordCertificate command) {
        var body = java.util.Objects.requireNonNull(command.certificationBody());
        var today = LocalDate.now(clock);
        var now = clock.instant();
        var company = company(command);
        var companyName = company != null ? company.legalName()
                : java.util.Objects.requireNonNullElse(command.companyName(), "");
        var companyId = company == null ? null : company.id();
        var existing = certificates.findId(body, command.certificateNumber());
        UUID id;
        if (existing.isPresent()) {
            id = existing.get();
            var before = certificates.summary(id).orElseThrow();
            certificates.update(id, command, companyId, companyName, now);
            if (before.status() != command.status()) {
                changeStatus(id, command.status(), today);
            }
        } else {
            id = UUID.randomUUID();
            certificates.insert(id, command, body, companyId, companyName, today, now);
            var saved = certificates.summary(id).orElseThrow();
            events.publishEvent(new CertificateStatusChanged(saved.id(), saved.number(), saved.standard(), body,
                    saved.company(), null, saved.status(), today, saved.expiryDate()));
        }
        for (var audit : command.audits()) {
            recordAudit(id, audit);
        }
        var saved = certificates.summary(id).orElseThrow();
        events.publishEvent(new CertificateRecorded(saved.id(), saved.number(), saved.standard(), body, saved.company(),
                saved.currentIssueDate(), saved.expiryDate(), existing.isEmpty()));
        return new Saved(id, existing.isEmpty(), saved.company() != null);
    }

    private @Nullable OrganisationSummary company(RecordCertificate command) {
        if (command.company() != null) {
            return organisations.find(command.company()).orElse(null);
        }
        return command.companyName() == null ? null : organisations.findByLegalName(command.companyName())
                .filter(organisation -> organisation.kind() == OrganisationKind.COMPANY).orElse(null);
    }

    public void recordAudit(UUID certificate, RecordAudit audit) {
        certificates.replaceAudit(certificate, audit);
        var majors = (int) audit.nonconformities().stream().filter(n -> n.grade() == NonconformityGrade.MAJOR).count();
        events.publishEvent(new AuditRecorded(new CertificateId(certificate), audit.type(), audit.date(), majors,
                audit.nonconformities().size() - majors));
    }

    /** Moves a certificate to a new status; a withdrawn certificate ends the certifications resting on it. */
    public void changeStatus(UUID id, CertificateStatus status, LocalDate effectiveOn) {
        var before = certificates.summary(id).orElseThrow();
        if (before.status() == status) {
            return;
        }
        certificates.changeStatus(id, status, effectiveOn, clock.instant());
        events.publishEvent(new CertificateStatusChanged(before.id(), before.number(), before.standard(),
                before.certificationBody(), before.company(), before.status(), status, effectiveOn, before.expiryDate()));
        if (status == CertificateStatus.WITHDRAWN) {
            lapses.lapseCertificationsOn(id, effectiveOn, LapseReason.CERTIFICATE_WITHDRAWN);
        } else if (status == CertificateStatus.EXPIRED) {
            lapses.lapseCertificationsOn(id, effectiveOn, LapseReason.CERTIFICATE_EXPIRED);
        }
    }

    public void match(UUID id, OrganisationId company) {
        certificates.match(id, company, clock.instant());
        events.publishEvent(new CertificateMatched(new CertificateId(id), company));
    }
}
