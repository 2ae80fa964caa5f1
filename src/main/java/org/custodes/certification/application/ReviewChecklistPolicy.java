package org.custodes.certification.application;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.custodes.certification.CertificateStatus;
import org.custodes.certification.body.BodyStatus;
import org.custodes.certification.body.CertificationBodyDetails;
import org.custodes.certification.certificate.CertificateDetails;
import org.custodes.certification.cycle.NonconformityGrade;
import org.custodes.organisation.OrganisationSummary;
import org.custodes.shared.CountryCode;

/**
 * Answers the review questions from the data where it can: is the body accepted, is the certificate active, does
 * its scope cover where and what the company operates, are the nonconformities closed, are redactions justified
 * and Annex B complete. The reviewer still confirms each answer.
 */
final class ReviewChecklistPolicy {

    private ReviewChecklistPolicy() {
    }

    static ReviewChecklist compute(CertificateDetails certificate, CertificationBodyDetails body,
            OrganisationSummary company, List<CertificationDocumentSummary> documents, int annexBItems, LocalDate today,
            Period withdrawalGrace) {
        var checks = new ArrayList<ReviewChecklist.Check>();
        var summary = certificate.summary();
        boolean withinGrace = body.status() != BodyStatus.WITHDRAWN
                || today.isBefore(body.statusSince().plus(withdrawalGrace));
        checks.add(check(ChecklistItem.BODY_ACCEPTED, body.acceptsOn(summary.standard(), summary.currentIssueDate())
                && withinGrace, "certification.check.body", body.legalName(), body.status().name()));
        checks.add(check(ChecklistItem.CERTIFICATE_ACTIVE, summary.status() == CertificateStatus.ACTIVE
                && !today.isAfter(summary.expiryDate()), "certification.check.active", summary.status().name(),
                summary.expiryDate().toString()));
        var missingCountries = new TreeSet<String>();
        company.countriesOfOperation().stream().filter(c -> !certificate.countries().contains(c))
                .map(CountryCode::value).forEach(missingCountries::add);
        checks.add(check(ChecklistItem.SCOPE_COVERS_COUNTRIES, missingCountries.isEmpty(),
                missingCountries.isEmpty() ? "certification.check.scope.complete" : "certification.check.scope.missing",
                String.join(", ", missingCountries)));
        var missingServices = new TreeSet<String>();
        company.services().stream().filter(s -> !certificate.services().contains(s)).map(Enum::name)
                .forEach(missingServices::add);
        checks.add(check(ChecklistItem.SCOPE_COVERS_SERVICES, missingServices.isEmpty(),
                missingServices.isEmpty() ? "certification.check.scope.complete" : "certification.check.scope.missing",
                String.join(", ", missingServices)));
        long openMajor = certificate.audits().stream().flatMap(a -> a.nonconformities().stream())
                .filter(n -> n.grade() == NonconformityGrade.MAJOR && !n.closed()).count();
        long openMinor = certificate.audits().stream().flatMap(a -> a.nonconformities().stream())
                .filter(n -> n.grade() == NonconformityGrade.MINOR && !n.closed()).count();
        checks.add(check(ChecklistItem.NONCONFORMITIES_CLOSED, openMajor == 0, "certification.check.nonconformities",
                String.valueOf(openMajor), String.valueOf(openMinor)));
        var reports = documents.stream().filter(d -> d.kind() == DocumentKind.AUDIT_REPORT).toList();
        boolean justified = !reports.isEmpty() && reports.stream().flatMap(d -> d.redactions().stream())
                .allMatch(r -> !r.justification().isBlank());
        checks.add(check(ChecklistItem.REDACTIONS_JUSTIFIED, justified, "certification.check.redactions",
                String.valueOf(reports.size()),
                String.valueOf(reports.stream().mapToInt(d -> d.redactions().size()).sum())));
        var covered = new TreeSet<Integer>();
        documents.stream().filter(d -> d.kind() == DocumentKind.ANNEX_B_ITEM && d.annexBItem() != null)
                .forEach(d -> covered.add(d.annexBItem()));
        int missing = 0;
        for (int item = 1; item <= annexBItems; item++) {
            missing += covered.contains(item) ? 0 : 1;
        }
        checks.add(check(ChecklistItem.ANNEX_B_COMPLETE, missing == 0, "certification.check.annex-b",
                String.valueOf(annexBItems - missing), String.valueOf(annexBItems)));
        return new ReviewChecklist(checks);
    }

    private static ReviewChecklist.Check check(ChecklistItem item, boolean passed, String key, String... arguments) {
        return new ReviewChecklist.Check(item, passed, key, List.of(arguments));
    }
}
