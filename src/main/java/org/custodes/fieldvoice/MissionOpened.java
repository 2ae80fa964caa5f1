package org.custodes.fieldvoice;

import org.custodes.shared.AuditableEvent;

public record MissionOpened(MissionId mission, String name) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "fieldvoice-mission:" + mission;
    }
}
