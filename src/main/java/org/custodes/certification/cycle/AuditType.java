package org.custodes.certification.cycle;

/** The audits of a three-year certification cycle. */
public enum AuditType {
    STAGE_1, STAGE_2, SURVEILLANCE_1, SURVEILLANCE_2, RECERTIFICATION
}
