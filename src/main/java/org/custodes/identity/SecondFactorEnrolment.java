package org.custodes.identity;

/** What the enrolment page shows: the secret for typing, and the same as a QR code for scanning. */
public record SecondFactorEnrolment(String secret, String qrCode) {

    /** The secret in groups of four, as people copy it into an app. */
    public String groupedSecret() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
