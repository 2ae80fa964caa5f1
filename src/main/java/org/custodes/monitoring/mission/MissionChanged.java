package org.custodes.monitoring.mission;

import java.time.LocalDate;

import org.custodes.shared.AuditableEvent;

/** A mission was planned, started, completed or cancelled: its new status says which. */
public record MissionChanged(MissionId mission, String reference, MissionStatus status, LocalDate on)
        implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "mission:" + mission;
    }
}
