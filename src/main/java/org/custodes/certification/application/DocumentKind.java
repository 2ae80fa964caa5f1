package org.custodes.certification.application;

/** What a file uploaded to an application is. */
public enum DocumentKind {
    CERTIFICATE, CERTIFICATE_ANNEX, AUDIT_REPORT, CORRECTIVE_ACTION_PLAN, RISK_ASSESSMENT_MODEL, ANNEX_B_ITEM, ANSWER;

    /** The kinds a complete application must contain at least once (Annex B items are checked one by one). */
    public static final java.util.Set<DocumentKind> REQUIRED = java.util.EnumSet.of(CERTIFICATE, AUDIT_REPORT,
            CORRECTIVE_ACTION_PLAN, RISK_ASSESSMENT_MODEL);
}
