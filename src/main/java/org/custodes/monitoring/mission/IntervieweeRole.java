package org.custodes.monitoring.mission;

/** Who was interviewed, by role: a name is kept only when the person consented to it. */
public enum IntervieweeRole {
    MANAGER, GUARD, CLIENT, COMMUNITY_MEMBER, LOCAL_AUTHORITY
}
