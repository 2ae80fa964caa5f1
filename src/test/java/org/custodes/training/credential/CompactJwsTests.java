package org.custodes.training.credential;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.custodes.shared.Language;
import org.custodes.shared.OrganisationId;
import org.custodes.training.CourseFixtures;
import org.custodes.training.LearnerId;
import org.custodes.training.LearnerKey;
import org.junit.jupiter.api.Test;

class CompactJwsTests {

    static final LocalDate COMPLETED = LocalDate.of(2026, 12, 7);

    private final KeyPair ours = pair();
    private final KeyPair theirs = pair();
    private final Function<String, Optional<PublicKey>> published =
            kid -> kid.equals("k1") ? Optional.of(ours.getPublic()) : Optional.empty();

    @Test
    void aSignedCredentialVerifiesUnderItsPublishedKeyAndCarriesItsClaims() {
        var completion = UUID.randomUUID();
        var jws = CompactJws.sign(ours.getPrivate(), "k1", claims(completion));

        var payload = CompactJws.verify(jws, published).orElseThrow();
        var claims = CredentialClaims.read(payload);
        assertThat(claims.completion()).isEqualTo(completion);
        assertThat(claims.company()).isEqualTo("Aegis Shield Security Ltd");
        assertThat(claims.version()).isEqualTo(1);
        assertThat(claims.completedOn()).isEqualTo(COMPLETED);
        assertThat(claims.expiresOn()).as("a year of validity").isEqualTo(LocalDate.of(2027, 12, 7));
        assertThat(((Number) payload.get("exp")).longValue()).isEqualTo(LocalDate.of(2027, 12, 8).atStartOfDay(java.time.ZoneOffset.UTC).toEpochSecond());
    }

    @Test
    void anAlteredPayloadOrSignatureIsRefused() {
        var jws = CompactJws.sign(ours.getPrivate(), "k1", claims(UUID.randomUUID()));
        var parts = jws.split("\\.");
        var payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        var altered = Base64.getUrlEncoder().withoutPadding().encodeToString(
                payload.replace("2027-12-07", "2037-12-07").getBytes(StandardCharsets.UTF_8));
        assertThat(altered).isNotEqualTo(parts[1]);

        assertThat(CompactJws.verify(parts[0] + "." + altered + "." + parts[2], published)).isEmpty();
        var signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[10] ^= 1;
        assertThat(CompactJws.verify(parts[0] + "." + parts[1] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(signature), published)).isEmpty();
    }

    @Test
    void aCredentialSignedWithAnotherKeyOrNamingAnUnknownKeyIsRefused() {
        assertThat(CompactJws.verify(CompactJws.sign(theirs.getPrivate(), "k1", claims(UUID.randomUUID())), published)).isEmpty();
        assertThat(CompactJws.verify(CompactJws.sign(ours.getPrivate(), "k2", claims(UUID.randomUUID())), published)).isEmpty();
    }

    @Test
    void anotherAlgorithmOrAMalformedTokenIsRefused() {
        var parts = CompactJws.sign(ours.getPrivate(), "k1", claims(UUID.randomUUID())).split("\\.");
        var none = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"kid\":\"k1\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(CompactJws.verify(none + "." + parts[1] + ".", published)).isEmpty();
        assertThat(CompactJws.verify(none + "." + parts[1] + "." + parts[2], published)).isEmpty();
        assertThat(CompactJws.verify("not a credential", published)).isEmpty();
        assertThat(CompactJws.verify("a.b.c", published)).isEmpty();
        assertThat(CompactJws.verify(parts[0] + "." + parts[1], published)).isEmpty();
        var array = Base64.getUrlEncoder().withoutPadding().encodeToString("[1]".getBytes(StandardCharsets.UTF_8));
        assertThat(CompactJws.verify(array + "." + parts[1] + "." + parts[2], published)).isEmpty();
    }

    private static Map<String, Object> claims(UUID completion) {
        var course = CourseFixtures.course(Map.of(), Set.of(Language.EN), 12);
        var key = new LearnerKey(new OrganisationId(UUID.randomUUID()), new LearnerId(UUID.randomUUID()));
        return CredentialClaims.payload("https://custodes.example/training", completion, key, course, Language.EN,
                "Aegis Shield Security Ltd", COMPLETED, RenewalPolicy.expiresOn(COMPLETED, course.validityMonths()),
                1_796_601_600L);
    }

    private static KeyPair pair() {
        try {
            return KeyPairGenerator.getInstance(CompactJws.ALGORITHM, CompactJws.PROVIDER).generateKeyPair();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
