package org.custodes.certification.certificate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.custodes.certification.CertificateStatus;
import org.custodes.certification.StandardCode;
import org.custodes.certification.body.AccreditationRoute;
import org.custodes.certification.body.BodyStatus;
import org.custodes.certification.body.CertificationBodyDetails;
import org.custodes.certification.cycle.AuditType;
import org.custodes.certification.cycle.Nonconformity;
import org.custodes.certification.cycle.NonconformityGrade;
import org.custodes.certification.cycle.RecordAudit;
import org.custodes.certification.standard.StandardDetails;
import org.custodes.organisation.OrganisationKind;
import org.custodes.organisation.OrganisationSummary;
import org.custodes.organisation.SecurityService;
import org.custodes.shared.CountryCode;
import org.custodes.shared.OrganisationId;
import org.junit.jupiter.api.Test;

class CertificateRulesTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    static final StandardCode PSC1 = new StandardCode("PSC1-2012");
    static final StandardCode ISO28007 = new StandardCode("ISO28007-1-2015");
    static final OrganisationId BODY = new OrganisationId(UUID.randomUUID());
    static final OrganisationId COMPANY = new OrganisationId(UUID.randomUUID());
    static final OrganisationId CLIENT = new OrganisationId(UUID.randomUUID());

    static final CertificationBodyDetails ACCEPTED_BODY = new CertificationBodyDetails(BODY, "Meridian",
            AccreditationRoute.DIRECT, "UKAS", true, Set.of(PSC1), LocalDate.of(2020, 1, 1), null, BodyStatus.ACCEPTED,
            LocalDate.of(2020, 1, 1), null);

    static CertificateRules.Lookups lookups(CertificationBodyDetails body) {
        return new CertificateRules.Lookups(
                code -> code.equals(PSC1) || code.equals(ISO28007)
                        ? Optional.of(new StandardDetails(code, code.value(), "v1", LocalDate.of(2016, 1, 1), List.of(), true))
                        : Optional.empty(),
                id -> id.equals(body.organisation()) ? Optional.of(body) : Optional.empty(),
                id -> Optional.of(new OrganisationSummary(id, id.equals(CLIENT) ? OrganisationKind.CLIENT : OrganisationKind.COMPANY,
                        "Company", "Co", new CountryCode("GB"), Set.of(), Set.of(), null)));
    }

    static RecordCertificate certificate(LocalDate issued, LocalDate expiry) {
        return new RecordCertificate("MCS-1", PSC1, BODY, COMPANY, null, Set.of(SecurityService.STATIC_GUARDING),
                Set.of(new CountryCode("KE")), "Nairobi", null, issued, expiry, "", CertificateStatus.ACTIVE, List.of());
    }

    static List<String> fields(RecordCertificate certificate) {
        return CertificateRules.check(certificate, lookups(ACCEPTED_BODY), TODAY).stream()
                .map(CertificateRules.FieldProblem::field).toList();
    }

    @Test
    void aConsistentCertificateFromAnAcceptedBodyPasses() {
        assertThat(fields(certificate(LocalDate.of(2025, 3, 1), null))).isEmpty();
    }

    @Test
    void expiryDefaultsToThreeYearsAfterIssue() {
        assertThat(certificate(LocalDate.of(2025, 3, 1), null).effectiveExpiryDate()).isEqualTo(LocalDate.of(2028, 3, 1));
    }

    @Test
    void anUnrecognisedStandardIsRefusedOnTheStandardField() {
        var certificate = new RecordCertificate("MCS-1", new StandardCode("ISO9001-2015"), BODY, COMPANY, null,
                Set.of(SecurityService.STATIC_GUARDING), Set.of(new CountryCode("KE")), "", null, LocalDate.of(2025, 3, 1),
                null, "", CertificateStatus.ACTIVE, List.of());
        assertThat(fields(certificate)).containsExactly("standard");
    }

    @Test
    void aBodyNotAcceptedForTheStandardIsRefusedOnTheBodyField() {
        var certificate = new RecordCertificate("MCS-1", ISO28007, BODY, COMPANY, null,
                Set.of(SecurityService.MARITIME_SECURITY), Set.of(new CountryCode("GR")), "", null,
                LocalDate.of(2025, 3, 1), null, "", CertificateStatus.ACTIVE, List.of());
        assertThat(fields(certificate)).containsExactly("certificationBody");
    }

    @Test
    void aBodyIsJudgedOnTheIssueDate() {
        var withdrawn = new CertificationBodyDetails(BODY, "Meridian", AccreditationRoute.DIRECT, "UKAS", true,
                Set.of(PSC1), LocalDate.of(2020, 1, 1), null, BodyStatus.WITHDRAWN, LocalDate.of(2025, 6, 1), null);
        var before = CertificateRules.check(certificate(LocalDate.of(2025, 3, 1), null), lookups(withdrawn), TODAY);
        var after = CertificateRules.check(certificate(LocalDate.of(2025, 7, 1), null), lookups(withdrawn), TODAY);
        assertThat(before).isEmpty();
        assertThat(after).extracting(CertificateRules.FieldProblem::field).containsExactly("certificationBody");
    }

    @Test
    void anIssueBeforeTheBodysAcceptanceIsRefused() {
        assertThat(fields(certificate(LocalDate.of(2019, 6, 1), LocalDate.of(2022, 6, 1))))
                .contains("certificationBody");
    }

    @Test
    void anExpiryBeforeTheIssueIsRefusedOnTheExpiryField() {
        assertThat(fields(certificate(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 2, 1)))).containsExactly("expiryDate");
    }

    @Test
    void anExpiryBeyondThreeYearsIsRefused() {
        assertThat(fields(certificate(LocalDate.of(2025, 3, 1), LocalDate.of(2028, 6, 1)))).containsExactly("expiryDate");
    }

    @Test
    void anIssueInTheFutureIsRefused() {
        assertThat(fields(certificate(TODAY.plusDays(3), null))).containsExactly("currentIssueDate");
    }

    @Test
    void anActiveCertificatePastItsExpiryIsRefusedOnTheStatusField() {
        assertThat(fields(certificate(LocalDate.of(2022, 3, 1), LocalDate.of(2025, 2, 28)))).containsExactly("status");
    }

    @Test
    void anOriginalIssueAfterTheCurrentOneIsRefused() {
        var certificate = new RecordCertificate("MCS-1", PSC1, BODY, COMPANY, null, Set.of(SecurityService.STATIC_GUARDING),
                Set.of(new CountryCode("KE")), "", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 3, 1), null, "",
                CertificateStatus.ACTIVE, List.of());
        assertThat(fields(certificate)).containsExactly("originalIssueDate");
    }

    @Test
    void anAuditAfterExpiryIsRefusedOnThatAuditsDate() {
        var audit = new RecordAudit(AuditType.SURVEILLANCE_1, LocalDate.of(2025, 6, 1), "passed", List.of());
        var certificate = new RecordCertificate("MCS-1", PSC1, BODY, COMPANY, null, Set.of(SecurityService.STATIC_GUARDING),
                Set.of(new CountryCode("KE")), "", null, LocalDate.of(2022, 3, 1), LocalDate.of(2025, 2, 28), "",
                CertificateStatus.EXPIRED, List.of(audit));
        assertThat(fields(certificate)).containsExactly("audits[0].date");
    }

    @Test
    void aNonconformityWithoutCorrectiveActionIsRefusedOnThatField() {
        var finding = new Nonconformity(NonconformityGrade.MAJOR, "Weapons log incomplete", " ", null);
        var audit = new RecordAudit(AuditType.STAGE_2, LocalDate.of(2025, 2, 1), "certified", List.of(finding));
        var certificate = new RecordCertificate("MCS-1", PSC1, BODY, COMPANY, null, Set.of(SecurityService.STATIC_GUARDING),
                Set.of(new CountryCode("KE")), "", null, LocalDate.of(2025, 3, 1), null, "", CertificateStatus.ACTIVE,
                List.of(audit));
        assertThat(fields(certificate)).containsExactly("audits[0].nonconformities[0].correctiveAction");
    }

    @Test
    void aStageOneAfterStageTwoIsRefused() {
        var certificate = new RecordCertificate("MCS-1", PSC1, BODY, COMPANY, null, Set.of(SecurityService.STATIC_GUARDING),
                Set.of(new CountryCode("KE")), "", null, LocalDate.of(2025, 3, 1), null, "", CertificateStatus.ACTIVE,
                List.of(new RecordAudit(AuditType.STAGE_1, LocalDate.of(2025, 2, 10), "ok", List.of()),
                        new RecordAudit(AuditType.STAGE_2, LocalDate.of(2025, 2, 1), "ok", List.of())));
        assertThat(fields(certificate)).containsExactly("audits");
    }

    @Test
    void anOrganisationThatIsNotACompanyIsRefusedOnTheCompanyField() {
        var certificate = new RecordCertificate("MCS-1", PSC1, BODY, CLIENT, null, Set.of(SecurityService.STATIC_GUARDING),
                Set.of(new CountryCode("KE")), "", null, LocalDate.of(2025, 3, 1), null, "", CertificateStatus.ACTIVE, List.of());
        assertThat(fields(certificate)).containsExactly("companyId");
    }

    @Test
    void aMissingNumberScopeAndCompanyAreEachNamed() {
        var certificate = new RecordCertificate(" ", PSC1, BODY, null, " ", Set.of(), Set.of(), "", null,
                LocalDate.of(2025, 3, 1), null, "", CertificateStatus.ACTIVE, List.of());
        assertThat(fields(certificate)).containsExactlyInAnyOrder("certificateNumber", "companyName", "services", "countries");
    }
}
