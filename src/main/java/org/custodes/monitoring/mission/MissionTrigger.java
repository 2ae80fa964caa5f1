package org.custodes.monitoring.mission;

/** Why a field-based review is made (Art 12): an information review, a risk assessment, or a member's request. */
public enum MissionTrigger {
    INFORMATION_REVIEW, RISK_ASSESSMENT, MEMBER_REQUEST
}
