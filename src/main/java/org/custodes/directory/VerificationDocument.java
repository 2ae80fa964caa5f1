package org.custodes.directory;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The canonical JSON (RFC 8785) that a verification signs, prepared once per company and day. Only the signing key's
 * id and the time of verification change from one request to the next, and in JCS's key order each of them follows
 * a run of members fixed by the facts ({@code asOf} … {@code correctiveActionOpen}, then {@code keyId}, then
 * {@code legalName} … {@code standingSince}, then {@code verifiedAt}); so a request joins prepared runs with two
 * strings instead of sorting and escaping the whole document again, on the API that is called most.
 */
record VerificationDocument(String beforeKeyId, String beforeVerifiedAt) {

    static VerificationDocument of(StandingAsOf standing, List<ListedCertificate> certificates) {
        var beforeKey = new LinkedHashMap<String, Object>();
        beforeKey.put("asOf", standing.asOf().toString());
        beforeKey.put("certificates", certificates.stream().map(VerificationDocument::certificate).toList());
        beforeKey.put("companyId", standing.company().toString());
        beforeKey.put("correctiveActionOpen", standing.correctiveActionOpen());
        var beforeTime = new LinkedHashMap<String, Object>();
        beforeTime.put("legalName", standing.legalName());
        beforeTime.put("standing", standing.standing().name());
        beforeTime.put("standingSince", standing.since() == null ? null : standing.since().toString());
        return new VerificationDocument(members(beforeKey), members(beforeTime));
    }

    /** The exact bytes to sign (as UTF-8) and to send. */
    String signed(String keyId, Instant verifiedAt) {
        return "{" + beforeKeyId + ",\"keyId\":" + CanonicalJson.string(keyId) + "," + beforeVerifiedAt
                + ",\"verifiedAt\":" + CanonicalJson.string(verifiedAt.truncatedTo(ChronoUnit.MILLIS).toString()) + "}";
    }

    private static Map<String, Object> certificate(ListedCertificate certificate) {
        var entry = new LinkedHashMap<String, Object>();
        entry.put("number", certificate.number());
        entry.put("standard", certificate.standard());
        entry.put("certificationBody", certificate.certificationBody());
        entry.put("status", certificate.status());
        entry.put("validUntil", certificate.validUntil().toString());
        return entry;
    }

    /** An object's members in canonical order, without its braces. */
    private static String members(Map<String, Object> object) {
        var json = CanonicalJson.write(object);
        return json.substring(1, json.length() - 1);
    }
}
