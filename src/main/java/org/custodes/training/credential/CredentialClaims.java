package org.custodes.training.credential;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.custodes.shared.Language;
import org.custodes.training.LearnerKey;
import org.custodes.training.course.CourseContent;
import org.jspecify.annotations.Nullable;

/**
 * The claims of a training credential: a VC-JWT (W3C Verifiable Credentials 2.0) whose {@code vc} is an Open Badges
 * 3.0 {@code OpenBadgeCredential}. The subject is the learner's pseudonymous id; the company is named in
 * the subject's extension property {@code company}, so no personal data travels in the QR code.
 */
public record CredentialClaims(@Nullable UUID completion, @Nullable String course, @Nullable Integer version,
        @Nullable String company, @Nullable String learner, @Nullable LocalDate completedOn, @Nullable LocalDate expiresOn) {

    public static Map<String, Object> payload(String issuer, UUID completion, LearnerKey key, CourseContent content,
            Language language, String company, LocalDate completedOn, @Nullable LocalDate expiresOn, long issuedAt) {
        var subject = "urn:uuid:" + key.learner().value();
        var achievement = new LinkedHashMap<String, Object>();
        achievement.put("id", issuer + "/courses/" + content.code() + "/" + content.version());
        achievement.put("type", List.of("Achievement"));
        achievement.put("name", content.text(CourseContent.courseTitle(), language));
        achievement.put("version", String.valueOf(content.version()));
        achievement.put("inLanguage", language.code());
        var credentialSubject = new LinkedHashMap<String, Object>();
        credentialSubject.put("id", subject);
        credentialSubject.put("type", List.of("AchievementSubject"));
        credentialSubject.put("achievement", achievement);
        credentialSubject.put("company", company);
        var vc = new LinkedHashMap<String, Object>();
        vc.put("@context", List.of("https://www.w3.org/ns/credentials/v2", "https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json"));
        vc.put("type", List.of("VerifiableCredential", "OpenBadgeCredential"));
        vc.put("issuer", Map.of("id", issuer, "type", List.of("Profile"), "name", "Custodes"));
        vc.put("validFrom", completedOn + "T00:00:00Z");
        if (expiresOn != null) {
            vc.put("validUntil", expiresOn + "T23:59:59Z");
        }
        vc.put("credentialSubject", credentialSubject);
        var claims = new LinkedHashMap<String, Object>();
        claims.put("iss", issuer);
        claims.put("sub", subject);
        claims.put("jti", "urn:uuid:" + completion);
        claims.put("iat", issuedAt);
        if (expiresOn != null) {
            claims.put("exp", expiresOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toEpochSecond());
        }
        claims.put("vc", vc);
        return claims;
    }

    @SuppressWarnings("unchecked")
    public static CredentialClaims read(Map<String, Object> claims) {
        var vc = claims.get("vc") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.<String, Object>of();
        var subject = vc.get("credentialSubject") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.<String, Object>of();
        var achievement = subject.get("achievement") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.<String, Object>of();
        UUID completion = null;
        if (claims.get("jti") instanceof String jti && jti.startsWith("urn:uuid:")) {
            try {
                completion = UUID.fromString(jti.substring(9));
            } catch (IllegalArgumentException e) {
                completion = null;
            }
        }
        Integer version = null;
        if (achievement.get("version") instanceof String v && v.matches("\\d{1,6}")) {
            version = Integer.valueOf(v);
        }
        return new CredentialClaims(completion, string(achievement.get("name")), version, string(subject.get("company")),
                string(subject.get("id")), date(vc.get("validFrom")), date(vc.get("validUntil")));
    }

    private static @Nullable String string(@Nullable Object value) {
        return value instanceof String s ? s : null;
    }

    private static @Nullable LocalDate date(@Nullable Object value) {
        return value instanceof String s && s.length() >= 10 && s.substring(0, 10).matches("\\d{4}-\\d{2}-\\d{2}")
                ? LocalDate.parse(s.substring(0, 10)) : null;
    }
}
