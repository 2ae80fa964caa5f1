package org.custodes.fieldvoice;

import org.custodes.shared.AuditableEvent;

public record CaptureMissionOpened(CaptureMissionId mission, String name) implements AuditableEvent {

    @Override
    public String auditSubject() {
        return "fieldvoice-mission:" + mission;
    }
}
