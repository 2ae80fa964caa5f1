package org.custodes.monitoring.mission;

import java.time.LocalDate;
import java.util.UUID;

import org.custodes.shared.AuditableEvent;

/** An interview was recorded on a mission (the audit keeps the role and the consent, never a name or the notes). */
public record InterviewRecorded(MissionId mission, UUID interview, IntervieweeRole role, boolean consent,
        LocalDate on) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "mission:" + mission;
    }
}
