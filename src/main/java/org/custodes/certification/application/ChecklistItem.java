package org.custodes.certification.application;

/** The questions the secretariat answers before deciding on an application. */
public enum ChecklistItem {
    BODY_ACCEPTED, CERTIFICATE_ACTIVE, SCOPE_COVERS_COUNTRIES, SCOPE_COVERS_SERVICES, NONCONFORMITIES_CLOSED,
    REDACTIONS_JUSTIFIED, ANNEX_B_COMPLETE
}
