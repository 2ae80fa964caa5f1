package org.custodes.certification.certificate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.custodes.certification.CertificateStatus;
import org.custodes.certification.CertificationRuleViolated;
import org.custodes.certification.StandardCode;
import org.custodes.certification.body.CertificationBodyDetails;
import org.custodes.certification.cycle.AuditType;
import org.custodes.certification.cycle.RecordAudit;
import org.custodes.certification.standard.StandardDetails;
import org.custodes.organisation.OrganisationKind;
import org.custodes.organisation.OrganisationSummary;
import org.custodes.shared.OrganisationId;

/**
 * The rules an external certificate must meet before it is recorded. Each problem names the field that holds the
 * wrong value, so a form, a JSON answer and a bulk-load report can all point at it.
 */
public final class CertificateRules {

    static final int MAX_CYCLE_YEARS = 3;

    record Lookups(Function<StandardCode, Optional<StandardDetails>> standards,
            Function<OrganisationId, Optional<CertificationBodyDetails>> bodies,
            Function<OrganisationId, Optional<OrganisationSummary>> organisations) {
    }

    public record FieldProblem(String field, String messageKey, List<String> arguments) {

        FieldProblem(String field, String messageKey, Object... arguments) {
            this(field, messageKey, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
        }

        public CertificationRuleViolated toViolation() {
            return new CertificationRuleViolated(field, messageKey, arguments.toArray());
        }
    }

    private CertificateRules() {
    }

    static List<FieldProblem> check(RecordCertificate certificate, Lookups lookups, LocalDate today) {
        var problems = new ArrayList<FieldProblem>();
        if (certificate.certificateNumber().isEmpty()) {
            problems.add(new FieldProblem("certificateNumber", "certification.certificate.number.required"));
        } else if (certificate.certificateNumber().length() > 64) {
            problems.add(new FieldProblem("certificateNumber", "certification.certificate.number.too-long", 64));
        }
        var standard = lookups.standards().apply(certificate.standard()).filter(StandardDetails::active);
        if (standard.isEmpty()) {
            problems.add(new FieldProblem("standard", "certification.certificate.standard.not-recognised",
                    certificate.standard()));
        }
        checkBody(certificate, lookups, standard.isPresent(), problems);
        checkCompany(certificate, lookups, problems);
        if (certificate.services().isEmpty()) {
            problems.add(new FieldProblem("services", "certification.certificate.services.required"));
        }
        if (certificate.countries().isEmpty()) {
            problems.add(new FieldProblem("countries", "certification.certificate.countries.required"));
        }
        checkDates(certificate, today, problems);
        checkAudits(certificate, today, problems);
        return List.copyOf(problems);
    }

    private static void checkBody(RecordCertificate certificate, Lookups lookups, boolean standardKnown,
            List<FieldProblem> problems) {
        if (certificate.certificationBody() == null) {
            problems.add(new FieldProblem("certificationBody", "certification.certificate.body.required"));
            return;
        }
        var body = lookups.bodies().apply(certificate.certificationBody());
        if (body.isEmpty()) {
            problems.add(new FieldProblem("certificationBody", "certification.certificate.body.unknown"));
        } else if (standardKnown && !body.get().acceptsOn(certificate.standard(), certificate.currentIssueDate())) {
            problems.add(new FieldProblem("certificationBody", "certification.certificate.body.not-accepted",
                    body.get().legalName(), certificate.standard(), certificate.currentIssueDate()));
        }
    }

    private static void checkCompany(RecordCertificate certificate, Lookups lookups, List<FieldProblem> problems) {
        if (certificate.company() != null) {
            var company = lookups.organisations().apply(certificate.company());
            if (company.isEmpty() || company.get().kind() != OrganisationKind.COMPANY) {
                problems.add(new FieldProblem("companyId", "certification.certificate.company.not-a-company"));
            }
        } else if (certificate.companyName() == null) {
            problems.add(new FieldProblem("companyName", "certification.certificate.company.required"));
        }
    }

    private static void checkDates(RecordCertificate certificate, LocalDate today, List<FieldProblem> problems) {
        var issued = certificate.currentIssueDate();
        var expiry = certificate.effectiveExpiryDate();
        if (issued.isAfter(today)) {
            problems.add(new FieldProblem("currentIssueDate", "certification.certificate.issue.in-future", issued));
        }
        if (certificate.effectiveOriginalIssueDate().isAfter(issued)) {
            problems.add(new FieldProblem("originalIssueDate", "certification.certificate.original-issue.after-current"));
        }
        if (!expiry.isAfter(issued)) {
            problems.add(new FieldProblem("expiryDate", "certification.certificate.expiry.before-issue"));
            return;
        } else if (expiry.isAfter(issued.plusYears(MAX_CYCLE_YEARS))) {
            problems.add(new FieldProblem("expiryDate", "certification.certificate.expiry.too-late", MAX_CYCLE_YEARS));
            return;
        }
        // The status must agree with the dates; judged only once the dates themselves are consistent.
        if (certificate.status() == CertificateStatus.EXPIRED && !expiry.isBefore(today)) {
            problems.add(new FieldProblem("status", "certification.certificate.status.expired-too-early"));
        }
        if (certificate.status() != CertificateStatus.EXPIRED && expiry.isBefore(today)) {
            problems.add(new FieldProblem("status", "certification.certificate.status.past-expiry"));
        }
    }

    private static void checkAudits(RecordCertificate certificate, LocalDate today, List<FieldProblem> problems) {
        var seen = new java.util.HashSet<AuditType>();
        for (int i = 0; i < certificate.audits().size(); i++) {
            var audit = certificate.audits().get(i);
            problems.addAll(checkAudit(audit, "audits[" + i + "].", certificate.currentIssueDate(),
                    certificate.effectiveExpiryDate(), today));
            if (!seen.add(audit.type())) {
                problems.add(new FieldProblem("audits[" + i + "].type", "certification.audit.type.duplicate", audit.type()));
            }
        }
        var stage1 = certificate.audits().stream().filter(a -> a.type() == AuditType.STAGE_1).findFirst();
        var stage2 = certificate.audits().stream().filter(a -> a.type() == AuditType.STAGE_2).findFirst();
        if (stage1.isPresent() && stage2.isPresent() && stage1.get().date().isAfter(stage2.get().date())) {
            problems.add(new FieldProblem("audits", "certification.audit.stage-1.after-stage-2"));
        }
    }

    /** The rules one audit must meet within its certificate's cycle; {@code prefix} locates it in the request. */
    public static List<FieldProblem> checkAudit(RecordAudit audit, String prefix, LocalDate issued, LocalDate expiry,
            LocalDate today) {
        var problems = new ArrayList<FieldProblem>();
        var date = audit.date();
        if (date.isAfter(today)) {
            problems.add(new FieldProblem(prefix + "date", "certification.audit.date.in-future"));
        }
        if (date.isAfter(expiry)) {
            problems.add(new FieldProblem(prefix + "date", "certification.audit.date.after-expiry"));
        }
        boolean initial = audit.type() == AuditType.STAGE_1 || audit.type() == AuditType.STAGE_2;
        if (initial && date.isAfter(issued)) {
            problems.add(new FieldProblem(prefix + "date", "certification.audit.date.stage-after-issue"));
        }
        if ((audit.type() == AuditType.SURVEILLANCE_1 || audit.type() == AuditType.SURVEILLANCE_2) && date.isBefore(issued)) {
            problems.add(new FieldProblem(prefix + "date", "certification.audit.date.surveillance-before-issue"));
        }
        if (audit.outcome().isBlank()) {
            problems.add(new FieldProblem(prefix + "outcome", "certification.audit.outcome.required"));
        }
        for (int n = 0; n < audit.nonconformities().size(); n++) {
            var finding = audit.nonconformities().get(n);
            var at = prefix + "nonconformities[" + n + "].";
            if (finding.description().isBlank()) {
                problems.add(new FieldProblem(at + "description", "certification.nonconformity.description.required"));
            }
            if (finding.correctiveAction().isBlank()) {
                problems.add(new FieldProblem(at + "correctiveAction", "certification.nonconformity.action.required"));
            }
            if (finding.closedOn() != null && (finding.closedOn().isBefore(date) || finding.closedOn().isAfter(today))) {
                problems.add(new FieldProblem(at + "closedOn", "certification.nonconformity.closed.out-of-range"));
            }
        }
        return List.copyOf(problems);
    }
}
