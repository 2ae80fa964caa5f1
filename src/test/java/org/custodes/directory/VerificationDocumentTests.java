package org.custodes.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.custodes.shared.OrganisationId;
import org.junit.jupiter.api.Test;

/** The prepared runs joined per request give exactly the canonical JSON of the whole document. */
class VerificationDocumentTests {

    static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    static final Instant AT = Instant.parse("2026-11-22T10:15:30.123456Z");

    @Test
    void joiningThePreparedRunsGivesTheCanonicalJsonOfTheWholeAnswer() {
        var standing = new StandingAsOf(new OrganisationId(UUID.randomUUID()), "Société \"Ωmega\" \\ Ltd\n",
                Standing.CERTIFIED_MEMBER, DAY.minusYears(2), true, DAY);
        var certificates = List.of(
                new ListedCertificate("PSC-1", "ANSI/ASIS PSC.1", "Nordic Assurance Register", "ACTIVE", DAY.minusYears(1), DAY.plusYears(2)),
                new ListedCertificate("ISO-2", "ISO 18788", "Body \u0001", "SUSPENDED", DAY.minusYears(2), DAY.plusYears(1)));

        var document = VerificationDocument.of(standing, certificates).signed("key-2026", AT);

        assertThat(document).isEqualTo(CanonicalJson.write(whole(standing, certificates, "key-2026", "2026-11-22T10:15:30.123Z")));
    }

    @Test
    void aCompanyWithoutStandingOrCertificatesToo() {
        var standing = new StandingAsOf(new OrganisationId(UUID.randomUUID()), "Applicant", Standing.NOT_A_MEMBER, null,
                false, DAY);

        var document = VerificationDocument.of(standing, List.of()).signed("k", AT);

        assertThat(document).isEqualTo(CanonicalJson.write(whole(standing, List.of(), "k", "2026-11-22T10:15:30.123Z")));
    }

    /** The answer as one map in no particular order, as the API documents it. */
    private static Map<String, Object> whole(StandingAsOf standing, List<ListedCertificate> certificates, String keyId,
            String verifiedAt) {
        var answer = new HashMap<String, Object>();
        answer.put("companyId", standing.company().toString());
        answer.put("legalName", standing.legalName());
        answer.put("standing", standing.standing().name());
        answer.put("standingSince", standing.since() == null ? null : standing.since().toString());
        answer.put("correctiveActionOpen", standing.correctiveActionOpen());
        answer.put("asOf", standing.asOf().toString());
        answer.put("certificates", certificates.stream().map(c -> {
            var entry = new HashMap<String, Object>();
            entry.put("number", c.number());
            entry.put("standard", c.standard());
            entry.put("certificationBody", c.certificationBody());
            entry.put("status", c.status());
            entry.put("validUntil", c.validUntil().toString());
            return (Object) entry;
        }).toList());
        answer.put("verifiedAt", verifiedAt);
        answer.put("keyId", keyId);
        return answer;
    }
}
